#include "privacy/site_sources.hpp"

#include "load/text_file.hpp"

namespace candour {

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

SourceFile content_source(const ContentFile& file, bool preview_only) {
    SourceFile s{file.path, file.text, SourceFile::Kind::content, preview_only, {}};
    // An approval names the text it approves: that is not an occurrence.
    for (const auto& a : file.front.privacy_approvals) s.excluded_lines.emplace_back(a.pos.line, a.pos.line + 1);
    return s;
}

}  // namespace

std::optional<std::pair<int, int>> top_level_block(std::string_view yaml, std::string_view key) {
    auto lines = lines_of(yaml);
    std::string head = std::string(key) + ":";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].starts_with(head)) continue;
        std::size_t last = i;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            std::string_view l = lines[j];
            bool inside = l.empty() || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || l[0] == '-';
            if (!inside) break;
            if (!l.empty() && l[0] != '#') last = j;
        }
        return std::make_pair(static_cast<int>(i) + 1, static_cast<int>(last) + 1);
    }
    return std::nullopt;
}

std::vector<SourceFile> site_sources(const SourceTree& tree, const Routes& routes, const FileSystem& fs) {
    std::vector<SourceFile> files;
    for (const auto& route : routes.pages) {
        if (route.file) files.push_back(content_source(*route.file, route.publication != Publication::published));
    }
    Diagnostics ignored;  // unreadable files were reported when they were loaded
    if (auto text = read_text_file(fs, site_config_file, ignored)) {
        SourceFile config{site_config_file, *text, SourceFile::Kind::config, false, {}};
        // The names, patterns and allowed text the gate is told about are not published.
        if (auto block = top_level_block(*text, "privacy")) config.excluded_lines.push_back(*block);
        files.push_back(std::move(config));
    }
    for (const auto& path : fs.list_files("data")) {
        auto bytes = fs.read(path);
        if (!bytes) continue;
        auto text = read_text_file(fs, path, ignored);
        files.push_back({path, text ? *text : *bytes, SourceFile::Kind::data, false, {}});
    }
    for (const auto* kind : {&tree.templates.layouts, &tree.templates.partials}) {
        for (const auto& [name, t] : *kind)
            files.push_back({t.display_path, t.source, SourceFile::Kind::template_file, false, {}});
    }
    for (const auto& a : tree.templates.assets)
        files.push_back({a.display_path, a.bytes, SourceFile::Kind::asset, false, {}});
    return files;
}

}  // namespace candour
