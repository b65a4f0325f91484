// data/trackers/*.yaml: one inspection report and its recommendations.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "load/accountability_fields.hpp"
#include "load/accountability_load.hpp"

namespace candour {

namespace {

const std::vector<std::string> tracker_keys = {
    "title", "inspectorate", "summary", "published", "response_published", "responding_for", "recommendations"};
const std::vector<std::string> recommendation_keys = {"number", "text",    "addressed_to", "response",
                                                      "status", "updated", "history"};

bool addressed_to_us(const std::vector<std::string>& addressed_to, const std::vector<std::string>& responding_for) {
    return std::any_of(addressed_to.begin(), addressed_to.end(), [&](const std::string& body) {
        return std::find(responding_for.begin(), responding_for.end(), body) != responding_for.end();
    });
}

class TrackerReader {
public:
    TrackerReader(AccountabilityFields& f, Tracker& t) : f_(f), t_(t) {}

    void read_recommendation(const YAML::Node& n) {
        f_.yaml().check_keys(n, recommendation_keys, "recommendation");
        Recommendation r;
        r.pos = f_.yaml().pos(n);
        auto number = read_number(n);
        auto text = f_.text(n, "text", true, &r.text_pos);
        r.addressed_to = f_.string_list(n, "addressed_to");
        if (!n["addressed_to"]) {
            f_.diags().error(r.pos, "missing 'addressed_to'",
                             "add who the recommendation is for, such as 'addressed_to: [Chief constables]'");
        }
        r.for_us = addressed_to_us(r.addressed_to, t_.responding_for);
        // Other bodies answer their own recommendations; ours need a response.
        auto response = f_.text(n, "response", r.for_us, &r.response_pos, &r.response_origin);
        auto status = f_.status(n, "status", StatusWords::tracker, true);
        r.updated = f_.yaml().date(n, "updated");
        r.history = f_.history(n, StatusWords::tracker, status);
        if (!number || !text || !status || (r.for_us && !response)) return;
        r.number = *number;
        r.text = *text;
        r.response = response.value_or("");
        r.status = *status;
        t_.recommendations.push_back(std::move(r));
    }

private:
    std::optional<int> read_number(const YAML::Node& n) {
        if (!n["number"]) {
            f_.diags().error(f_.yaml().pos(n), "missing 'number'",
                             "add the recommendation's number in the report, such as 'number: 3'");
            return std::nullopt;
        }
        auto number = f_.yaml().integer(n, "number");
        if (!number) return std::nullopt;
        SourcePos pos = f_.yaml().pos(n["number"]);
        if (*number < 1) {
            f_.diags().error(pos, fmt::format("recommendation number {} must be 1 or more", *number),
                             "use the number the report gives it");
            return std::nullopt;
        }
        auto [it, inserted] = numbers_.emplace(*number, pos);
        if (!inserted) {
            f_.diags().error(
                pos, fmt::format("recommendation {} is listed twice (also at line {})", *number, it->second.line),
                "give each recommendation its own number, as in the report");
            return std::nullopt;
        }
        return number;
    }

    AccountabilityFields& f_;
    Tracker& t_;
    std::map<int, SourcePos> numbers_;
};

void check_response_date(const YAML::Node& root, AccountabilityFields& f, const Tracker& t) {
    if (!t.response_published || !(*t.response_published < t.published)) return;
    f.diags().error(f.yaml().pos(root["response_published"]),
                    fmt::format("the response ({}) is dated before the report it answers ({})",
                                t.response_published->iso(), t.published.iso()),
                    "check both dates: 'published' is the date the inspectorate published the report");
}

}  // namespace

std::optional<Tracker> read_tracker(const std::string& path, const std::string& text, Diagnostics& diags) {
    YamlSource src{path, text, 0};
    auto root = parse_yaml_map(src, text, "a tracker file", diags);
    auto id = id_from_file(path, diags);
    if (!root) return std::nullopt;
    YamlFields yaml(src, diags);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, tracker_keys, "tracker");
    Tracker t;
    t.file = path;
    t.pos = src.start();
    auto title = yaml.string(*root, "title", true);
    auto inspectorate = yaml.string(*root, "inspectorate", true);
    t.summary = yaml.string(*root, "summary").value_or("");
    if ((*root)["summary"]) t.summary_pos = yaml.pos((*root)["summary"]);
    auto published = f.required_date(*root, "published");
    t.response_published = yaml.date(*root, "response_published");
    t.responding_for = f.string_list(*root, "responding_for");
    if (!(*root)["responding_for"]) {
        diags.error(
            src.start(), "missing 'responding_for'",
            "list the bodies whose recommendations this office answers, such as 'responding_for: [Chief constables]'");
    }
    TrackerReader reader(f, t);
    f.for_each_entry(
        *root, "recommendations", "see docs/findings-and-trackers.md",
        [&](const YAML::Node& n) { reader.read_recommendation(n); }, true);
    if (!id || !title || !inspectorate || !published) return std::nullopt;
    t.id = *id;
    t.title = *title;
    t.inspectorate = *inspectorate;
    t.published = *published;
    check_response_date(*root, f, t);
    std::sort(t.recommendations.begin(), t.recommendations.end(),
              [](const Recommendation& a, const Recommendation& b) { return a.number < b.number; });
    return t;
}

}  // namespace candour
