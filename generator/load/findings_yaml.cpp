// data/findings/*.yaml: one round of "victims said, we did" findings.
#include <fmt/format.h>

#include "diagnostics/suggest.hpp"
#include "load/accountability_fields.hpp"
#include "load/accountability_load.hpp"

namespace candour {

namespace {

const std::vector<std::string> round_keys = {"title", "published", "findings"};
const std::vector<std::string> finding_keys = {"theme", "said", "did", "status", "updated", "indicators"};

std::vector<std::string> theme_ids() {
    std::vector<std::string> ids;
    for (const auto& t : finding_themes()) ids.push_back(t.id);
    return ids;
}

bool read_theme(const YAML::Node& n, AccountabilityFields& f, Finding& out) {
    auto theme = f.yaml().string(n, "theme", true);
    if (!theme) return false;
    if (find_theme(*theme)) {
        out.theme = *theme;
        return true;
    }
    auto ids = theme_ids();
    f.diags().error(f.yaml().pos(n["theme"]), fmt::format("unknown theme '{}'", *theme),
                    did_you_mean(*theme, ids, fmt::format("use one of: {}", fmt::join(ids, ", "))));
    return false;
}

std::optional<Finding> read_finding(const YAML::Node& n, AccountabilityFields& f) {
    f.yaml().check_keys(n, finding_keys, "finding");
    Finding out;
    out.pos = f.yaml().pos(n);
    bool ok = read_theme(n, f, out);
    auto said = f.text(n, "said", true, &out.said_pos);
    auto did = f.text(n, "did", true, &out.did_pos, &out.did_origin);
    auto status = f.status(n, "status", StatusWords::findings, true);
    auto updated = f.required_date(n, "updated");
    out.indicators = f.string_list(n, "indicators", &out.indicator_pos);
    if (!ok || !said || !did || !status || !updated) return std::nullopt;
    out.said = *said;
    out.did = *did;
    out.status = *status;
    out.updated = *updated;
    return out;
}

}  // namespace

std::optional<FindingsRound> read_findings(const std::string& path, const std::string& text, Diagnostics& diags,
                                           const TextLanguage* language) {
    YamlSource src{path, text, 0};
    auto root = parse_yaml_map(src, text, "a findings file", diags);
    auto id = id_from_file(path, diags);
    if (!root) return std::nullopt;
    YamlFields yaml(src, diags, language);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, round_keys, "findings file");
    FindingsRound round;
    round.file = path;
    auto title = yaml.text(*root, "title", true);
    auto published = f.required_date(*root, "published");
    f.for_each_entry(
        *root, "findings", "see docs/findings-and-trackers.md",
        [&](const YAML::Node& n) {
            if (auto finding = read_finding(n, f)) round.findings.push_back(std::move(*finding));
        },
        true);
    if (!id || !title || !published) return std::nullopt;
    round.id = *id;
    round.title = *title;
    round.published = *published;
    return round;
}

}  // namespace candour
