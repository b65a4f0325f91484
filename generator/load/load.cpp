#include "load/load.hpp"

#include "load/accountability_load.hpp"
#include "load/front_matter.hpp"
#include "load/refused_files.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

bool is_markdown(const std::string& path) {
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

std::vector<ContentFile> load_content(const FileSystem& fs, Diagnostics& diags, const ContentParser& parse) {
    std::vector<ContentFile> files;
    for (const auto& path : fs.list_files(content_dir)) {
        if (!is_markdown(path)) continue;
        auto text = read_text_file(fs, path, diags);
        if (!text) continue;
        auto file = parse ? parse(path, *text, diags) : parse_content_file(path, *text, diags);
        if (file) files.push_back(std::move(*file));
    }
    return files;
}

}  // namespace

SourceTree load(const FileSystem& fs, const std::string& installed_themes_dir, Diagnostics& diags,
                const ContentParser& parse) {
    SourceTree tree;
    for (const char* dir : {site_config_file, content_dir, "data"}) report_refused_files(fs, dir, "", diags);
    tree.config = load_site_config(fs, diags);
    tree.content = load_content(fs, diags, parse);
    tree.templates = load_templates(fs, tree.config, installed_themes_dir, diags);
    tree.accountability = load_accountability(fs, diags);
    return tree;
}

}  // namespace candour
