// data/action-plans/*.yaml: a joint action plan in sections, updated each quarter.
#include <fmt/format.h>

#include <map>

#include "diagnostics/suggest.hpp"
#include "load/accountability_fields.hpp"
#include "load/accountability_load.hpp"

namespace candour {

namespace {

const std::vector<std::string> plan_keys = {"title", "summary", "period", "statuses", "sections"};
const std::vector<std::string> section_keys = {"title", "actions"};
const std::vector<std::string> action_keys = {"number", "action", "update", "owner", "due", "status", "history"};

class PlanReader {
public:
    PlanReader(AccountabilityFields& f, ActionPlan& plan) : f_(f), plan_(plan) {}

    void read_section(const YAML::Node& n) {
        f_.yaml().check_keys(n, section_keys, "section");
        ActionSection section;
        section.title = f_.yaml().text(n, "title", true).value_or("");
        f_.for_each_entry(
            n, "actions", "see docs/findings-and-trackers.md",
            [&](const YAML::Node& a) {
                if (auto action = read_action(a)) section.actions.push_back(std::move(*action));
            },
            true);
        plan_.sections.push_back(std::move(section));
    }

private:
    std::optional<Action> read_action(const YAML::Node& n) {
        f_.yaml().check_keys(n, action_keys, "action");
        Action a;
        a.pos = f_.yaml().pos(n);
        auto number = read_number(n);
        auto action = f_.text(n, "action", true, &a.action_pos);
        auto update = f_.text(n, "update", false, &a.update_pos, &a.update_origin);
        auto owner = f_.text(n, "owner", true);
        a.due = f_.yaml().date(n, "due");
        auto status = f_.status(n, "status", plan_.statuses, true);
        a.history = f_.history(n, plan_.statuses, status);
        if (!number || !action || !owner || !status) return std::nullopt;
        a.number = *number;
        a.action = *action;
        a.update = update.value_or("");
        a.owner = *owner;
        a.status = status->counts_as;
        a.status_name = status->name;
        return a;
    }

    std::optional<std::string> read_number(const YAML::Node& n) {
        auto number = f_.yaml().string(n, "number", true);
        if (!number) return std::nullopt;
        SourcePos pos = f_.yaml().pos(n["number"]);
        auto [it, inserted] = numbers_.emplace(*number, pos);
        if (!inserted) {
            f_.diags().error(pos, fmt::format("action {} is listed twice (also at line {})", *number, it->second.line),
                             "give each action its own number");
            return std::nullopt;
        }
        return number;
    }

    AccountabilityFields& f_;
    ActionPlan& plan_;
    std::map<std::string, SourcePos> numbers_;
};

std::optional<Period> read_quarter(const YAML::Node& root, YamlFields& yaml) {
    auto text = yaml.string(root, "period", true);
    if (!text) return std::nullopt;
    auto period = Period::parse(*text);
    if (period && period->kind() == PeriodKind::quarter) return period;
    yaml.diags().error(yaml.pos(root["period"]),
                       fmt::format("'period' must be a quarter such as '2024-25 Q3', not '{}'", *text),
                       "name the financial-year quarter this update covers");
    return std::nullopt;
}

// 'statuses:' the plan's own words, each counting as one step of progress.
// Without it, complete / in progress / not started.
std::vector<DeclaredStatus> read_statuses(AccountabilityFields& f, const YAML::Node& root) {
    if (!root["statuses"]) return word_statuses(StatusWords::tracker);
    std::vector<DeclaredStatus> out;
    const char* example = "for example '- {name: \"Yes\", counts_as: complete}'";
    f.for_each_entry(
        root, "statuses", example,
        [&](const YAML::Node& n) {
            f.yaml().check_keys(n, {"name", "counts_as"}, "status");
            auto name = f.yaml().string(n, "name", true);
            auto counts = f.yaml().string(n, "counts_as", true);
            if (!name || !counts) return;
            auto counts_as = parse_counts_as(*counts);
            if (!counts_as) {
                f.diags().error(f.yaml().pos(n["counts_as"]), fmt::format("unknown 'counts_as' '{}'", *counts),
                                did_you_mean(*counts, counts_as_names(),
                                             fmt::format("use one of: {}", fmt::join(counts_as_names(), ", "))));
                return;
            }
            for (const auto& s : out) {
                if (s.name != *name) continue;
                f.diags().error(f.yaml().pos(n["name"]),
                                fmt::format("status '{}' is declared twice (also at line {})", *name, s.pos.line),
                                "declare each status once");
                return;
            }
            out.push_back({*name, *counts_as, f.yaml().pos(n["name"])});
        },
        true);
    if (out.empty()) {
        f.diags().error(f.yaml().pos(root["statuses"]), "'statuses' declares no status",
                        "list each status with what it counts as, or remove 'statuses:' to use complete, in progress "
                        "and not started");
    }
    return out;
}

}  // namespace

std::optional<ActionPlan> read_action_plan(const std::string& path, const std::string& text, Diagnostics& diags,
                                           const TextLanguage* language) {
    YamlSource src{path, text, 0};
    auto root = parse_yaml_map(src, text, "an action plan", diags);
    auto id = id_from_file(path, diags);
    if (!root) return std::nullopt;
    YamlFields yaml(src, diags, language);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, plan_keys, "action plan");
    ActionPlan plan;
    plan.file = path;
    plan.pos = src.start();
    auto title = yaml.text(*root, "title", true);
    plan.summary = yaml.text(*root, "summary").value_or("");
    if ((*root)["summary"]) plan.summary_pos = yaml.pos((*root)["summary"]);
    auto period = read_quarter(*root, yaml);
    plan.statuses = read_statuses(f, *root);
    PlanReader reader(f, plan);
    f.for_each_entry(
        *root, "sections", "see docs/findings-and-trackers.md", [&](const YAML::Node& n) { reader.read_section(n); },
        true);
    if (!id || !title || !period) return std::nullopt;
    plan.id = *id;
    plan.title = *title;
    plan.period = *period;
    return plan;
}

}  // namespace candour
