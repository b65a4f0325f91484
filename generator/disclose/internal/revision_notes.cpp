#include "disclose/internal/revision_notes.hpp"

#include <fmt/format.h>

#include "load/accountability_fields.hpp"
#include "load/text_file.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

namespace {

const std::vector<std::string> file_keys = {"revisions"};
const std::vector<std::string> entry_keys = {"indicator", "period", "breakdown", "group", "reason"};
constexpr const char* entry_example =
    "for example '- indicator: charges' with 'period: 2024-25 Q1' and 'reason: Three charges were recorded "
    "after the first release.' on the next lines";

std::optional<RevisionNote> read_note(const YAML::Node& n, YamlFields& f, const Catalogue& catalogue) {
    f.check_keys(n, entry_keys, "revision note");
    RevisionNote note;
    note.pos = f.pos(n);
    auto indicator = f.string(n, "indicator", true);
    auto period = f.string(n, "period", true);
    auto reason = f.string(n, "reason", true);
    note.breakdown = f.string(n, "breakdown").value_or("");
    note.group = f.string(n, "group").value_or("");
    if (!indicator || !period || !reason) return std::nullopt;
    const Indicator* ind = catalogue.indicator(*indicator);
    if (!ind) {
        f.diags().error(f.pos(n["indicator"]), fmt::format("no indicator '{}' in the catalogue", *indicator),
                        "use an 'id' from data/kpi/catalogue.yaml");
        return std::nullopt;
    }
    auto p = Period::parse(*period);
    if (!p) {
        f.diags().error(f.pos(n["period"]), fmt::format("'{}' is not a period", *period),
                        "write a quarter as '2024-25 Q1', a month as '2024-04' or a financial year as '2024-25'");
        return std::nullopt;
    }
    if (!note.group.empty() && note.breakdown.empty()) {
        f.diags().error(f.key_pos(n, "group"), "a 'group' needs its 'breakdown'",
                        "add the breakdown the group belongs to, for example 'breakdown: sex'");
        return std::nullopt;
    }
    if (!note.breakdown.empty() &&
        std::find(ind->breakdowns.begin(), ind->breakdowns.end(), note.breakdown) == ind->breakdowns.end()) {
        f.diags().error(f.pos(n["breakdown"]),
                        fmt::format("indicator '{}' has no breakdown '{}'", *indicator, note.breakdown),
                        "use one of the breakdowns the catalogue lists for it, or leave 'breakdown' out");
        return std::nullopt;
    }
    note.reason_pos = f.pos(n["reason"]);
    note.indicator = *indicator;
    note.period = *p;
    note.reason = *reason;
    return note;
}

}  // namespace

std::vector<RevisionNote> load_revision_notes(const FileSystem& fs, const Catalogue& catalogue, Diagnostics& diags) {
    std::vector<RevisionNote> out;
    if (!fs.is_file(revision_notes_file)) return out;
    auto text = read_text_file(fs, revision_notes_file, diags);
    if (!text) return out;
    YamlSource src{revision_notes_file, *text, 0};
    auto root = parse_yaml(src, *text, diags);
    if (!root) return out;
    if (!root->IsMap()) {
        diags.error(src.start(), "the revision notes must start with 'revisions:'",
                    "see docs/releases.md for an example");
        return out;
    }
    YamlFields yaml(src, diags);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, file_keys, "revision notes");
    f.for_each_entry(
        *root, "revisions", entry_example,
        [&](const YAML::Node& n) {
            if (auto note = read_note(n, yaml, catalogue)) out.push_back(std::move(*note));
        },
        true);
    return out;
}

}  // namespace candour
