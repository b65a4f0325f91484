#include "load/survey_breakdowns.hpp"

#include <fmt/format.h>

#include <set>

#include "load/text_file.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

namespace {

const std::vector<std::string> breakdown_keys = {"id", "title", "groups"};

std::optional<SurveyBreakdown> read_breakdown(YamlFields& fields, const YAML::Node& n, std::set<std::string>& ids) {
    if (!n.IsMap()) {
        fields.diags().error(fields.pos(n), "each breakdown starts '- id:', with a title and its groups",
                             "for example '- id: age', 'title: Age', 'groups: [18 to 24, 25 to 39, 40 and over]'");
        return std::nullopt;
    }
    fields.check_keys(n, breakdown_keys, "survey breakdown");
    SurveyBreakdown b;
    b.pos = fields.pos(n);
    auto id = fields.string(n, "id", true);
    auto title = fields.text(n, "title", true);
    b.groups = fields.text_list(n, "groups");
    bool ok = id && title;
    if (id && !ids.insert(*id).second) {
        fields.diags().error(fields.pos(n["id"]), fmt::format("breakdown '{}' is declared twice", *id),
                             "keep one of them");
        ok = false;
    }
    if (b.groups.size() < 2) {
        fields.diags().error(n["groups"] ? fields.pos(n["groups"]) : b.pos,
                             "a survey breakdown needs at least two groups",
                             "list every group, so that they add up to everyone interviewed, such as "
                             "'groups: [18 to 24, 25 to 39, 40 and over]'");
        ok = false;
    }
    std::set<std::string> seen;
    for (const auto& g : b.groups) {
        if (!seen.insert(g).second) {
            fields.diags().error(fields.pos(n["groups"]), fmt::format("group '{}' is listed twice", g),
                                 "list each group once");
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    b.id = *id;
    b.title = *title;
    return b;
}

}  // namespace

std::vector<SurveyBreakdown> read_survey_breakdowns(const std::string& path, const std::string& text,
                                                    Diagnostics& diags, const TextLanguage* language) {
    std::vector<SurveyBreakdown> out;
    YamlSource src{path, text, 0};
    auto root = parse_yaml(src, text, diags);
    if (!root) return out;
    YamlFields fields(src, diags, language);
    if (!root->IsMap() || !(*root)["breakdowns"] || !(*root)["breakdowns"].IsSequence()) {
        diags.error(src.start(), "the survey settings must have a 'breakdowns:' list",
                    "see docs/findings-and-trackers.md for an example");
        return out;
    }
    fields.check_keys(*root, {"breakdowns"}, "survey settings");
    std::set<std::string> ids;
    for (const auto& n : (*root)["breakdowns"]) {
        if (auto b = read_breakdown(fields, n, ids)) out.push_back(std::move(*b));
    }
    return out;
}

std::vector<SurveyBreakdown> load_survey_breakdowns(const FileSystem& fs, Diagnostics& diags,
                                                    const TextLanguage* language) {
    if (!fs.is_file(survey_breakdowns_file)) return {};
    auto text = read_text_file(fs, survey_breakdowns_file, diags);
    if (!text) return {};
    return read_survey_breakdowns(survey_breakdowns_file, *text, diags, language);
}

}  // namespace candour
