#include "load/front_matter.hpp"

#include "load/language_tag.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

std::string ContentFile::content_path() const {
    std::string p = path.substr(8);
    if (!translation.empty()) p.erase(p.size() - 3 - translation.size() - 1, translation.size() + 1);
    return p;
}

bool ContentFile::is_section_index() const {
    std::string p = content_path();
    return p.size() >= 9 && p.compare(p.size() - 9, 9, "_index.md") == 0 && (p.size() == 9 || p[p.size() - 10] == '/');
}

const std::vector<std::string>& front_matter_keys() {
    static const std::vector<std::string> keys = {
        "title", "summary", "date",   "updated",           "draft", "weight", "layout",
        "slug",  "toc",     "period", "privacy_approvals", "lang"};
    return keys;
}

namespace {

constexpr std::string_view fence = "---";

bool is_fence_line(std::string_view text, std::size_t start, std::size_t end) {
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == fence;
}

void read_approvals(const YAML::Node& list, YamlFields& fields, FrontMatter& fm) {
    if (!list) return;
    if (!list.IsSequence()) {
        fields.diags().error(fields.pos(list), "'privacy_approvals' must be a list",
                             "write each as '- text: \"...\"' with 'reason: ...' below it");
        return;
    }
    for (const auto& item : list) {
        if (!item.IsMap()) {
            fields.diags().error(fields.pos(item), "each privacy approval needs 'text' and 'reason'",
                                 "for example '- text: \"0808 000 0000\"' and 'reason: national helpline'");
            continue;
        }
        fields.check_keys(item, {"text", "reason"}, "privacy approval");
        auto text = fields.string(item, "text", true);
        auto reason = fields.string(item, "reason", true);
        if (text && reason) fm.privacy_approvals.push_back({*text, *reason, fields.pos(item)});
    }
}

void read_fields(const YAML::Node& map, YamlFields& fields, FrontMatter& fm) {
    fields.check_keys(map, front_matter_keys(), "front-matter");
    fm.title = fields.string(map, "title", true).value_or("");
    fm.summary = fields.string(map, "summary").value_or("");
    fm.date = fields.date(map, "date");
    if (fm.date) fm.date_pos = fields.pos(map["date"]);
    fm.updated = fields.date(map, "updated");
    fm.draft = fields.boolean(map, "draft").value_or(false);
    fm.weight = fields.integer(map, "weight");
    fm.layout = fields.string(map, "layout").value_or("");
    if (map["layout"]) fm.layout_pos = fields.pos(map["layout"]);
    fm.slug = fields.string(map, "slug").value_or("");
    if (map["slug"]) fm.slug_pos = fields.pos(map["slug"]);
    fm.toc = fields.boolean(map, "toc").value_or(false);
    read_approvals(map["privacy_approvals"], fields, fm);
    if (auto lang = fields.string(map, "lang")) {
        fm.lang_pos = fields.pos(map["lang"]);
        if (is_language_tag(*lang)) {
            fm.lang = *lang;
        } else {
            fields.diags().error(fm.lang_pos, "'" + *lang + "' is not a language tag", language_tag_hint);
        }
    }
    if (auto text = fields.string(map, "period")) {
        fm.period_pos = fields.pos(map["period"]);
        fm.period = Period::parse(*text);
        if (!fm.period) {
            fields.diags().error(fm.period_pos, "'" + *text + "' is not a period",
                                 "write a quarter as '2024-25 Q2' (July to September 2024)");
        }
    }
}

}  // namespace

std::optional<ContentFile> parse_content_file(const std::string& path, const std::string& text, Diagnostics& diags) {
    std::size_t first_end = text.find('\n');
    if (first_end == std::string::npos) first_end = text.size();
    if (!is_fence_line(text, 0, first_end)) {
        diags.error({path, 1, 1}, "the file does not start with front matter",
                    "make the first line '---', then 'title: ...', then a closing '---' line");
        return std::nullopt;
    }
    // Find the closing fence.
    std::size_t yaml_start = std::min(first_end + 1, text.size());
    std::size_t line_start = yaml_start;
    int line = 2;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        if (is_fence_line(text, line_start, line_end)) {
            ContentFile file;
            file.path = path;
            file.text = text;
            file.body_first_line = line + 1;
            file.body = line_end < text.size() ? text.substr(line_end + 1) : std::string();
            YamlSource src{path, text, yaml_start};
            auto root = parse_yaml(src, std::string_view(text).substr(yaml_start, line_start - yaml_start), diags);
            if (!root) return std::nullopt;
            YamlFields fields(src, diags);
            if (!root->IsMap()) {
                diags.error({path, 2, 1}, "front matter must be settings such as 'title: ...'",
                            "write one 'key: value' per line between the two '---' lines");
                return std::nullopt;
            }
            read_fields(*root, fields, file.front);
            return file;
        }
        line_start = line_end + 1;
        ++line;
    }
    diags.error({path, 1, 1}, "the front matter opened here is never closed",
                "add a line with just '---' after the last front-matter line");
    return std::nullopt;
}

}  // namespace candour
