// data/trackers/*.yaml: one inspection report and its recommendations.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "load/accountability_fields.hpp"
#include "load/accountability_load.hpp"

namespace candour {

namespace {

const std::vector<std::string> tracker_keys = {"title",
                                               "inspectorate",
                                               "summary",
                                               "published",
                                               "response_published",
                                               "response_letter",
                                               "responding_for",
                                               "recommendations",
                                               "areas_for_improvement",
                                               "causes_of_concern"};
const std::vector<std::string> recommendation_keys = {"number", "text",    "addressed_to", "response",
                                                      "status", "updated", "history"};

bool addressed_to_us(const std::vector<std::string>& addressed_to, const std::vector<std::string>& responding_for) {
    return std::any_of(addressed_to.begin(), addressed_to.end(), [&](const std::string& body) {
        return std::find(responding_for.begin(), responding_for.end(), body) != responding_for.end();
    });
}

// Reads one list of the report's items: recommendations, areas for
// improvement or causes of concern, each numbered in its own list.
class TrackerReader {
public:
    TrackerReader(AccountabilityFields& f, Tracker& t, ItemKind kind, std::vector<Recommendation>& out)
        : f_(f), t_(t), kind_(kind), out_(out) {}

    void read_item(const YAML::Node& n) {
        const std::string word = item_word(kind_);
        f_.yaml().check_keys(n, recommendation_keys, word.c_str());
        Recommendation r;
        r.kind = kind_;
        r.pos = f_.yaml().pos(n);
        auto number = read_number(n);
        auto text = f_.text(n, "text", true, &r.text_pos);
        r.addressed_to = f_.string_list(n, "addressed_to", &r.addressed_to_pos);
        if (!n["addressed_to"]) {
            f_.diags().error(r.pos, "missing 'addressed_to'",
                             fmt::format("add who the {} is for, such as 'addressed_to: [Chief constables]'", word));
        }
        r.for_us = addressed_to_us(r.addressed_to, t_.responding_for);
        // Other bodies answer their own recommendations; ours need a response.
        auto response = f_.text(n, "response", r.for_us, &r.response_pos, &r.response_origin);
        auto status = f_.status(n, "status", statuses_, true);
        r.updated = f_.yaml().date(n, "updated");
        r.history = f_.history(n, statuses_, status);
        if (!number || !text || !status || (r.for_us && !response)) return;
        r.number = *number;
        r.text = *text;
        r.response = response.value_or("");
        r.status = status->counts_as;
        out_.push_back(std::move(r));
    }

private:
    std::optional<int> read_number(const YAML::Node& n) {
        const std::string word = item_word(kind_);
        if (!n["number"]) {
            f_.diags().error(f_.yaml().pos(n), "missing 'number'",
                             fmt::format("add the {}'s number in the report, such as 'number: 3'", word));
            return std::nullopt;
        }
        auto number = f_.yaml().integer(n, "number");
        if (!number) return std::nullopt;
        SourcePos pos = f_.yaml().pos(n["number"]);
        if (*number < 1) {
            f_.diags().error(pos, fmt::format("{} number {} must be 1 or more", word, *number),
                             "use the number the report gives it");
            return std::nullopt;
        }
        auto [it, inserted] = numbers_.emplace(*number, pos);
        if (!inserted) {
            f_.diags().error(pos,
                             fmt::format("{} {} is listed twice (also at line {})", word, *number, it->second.line),
                             fmt::format("give each {} its own number, as in the report", word));
            return std::nullopt;
        }
        return number;
    }

    AccountabilityFields& f_;
    Tracker& t_;
    ItemKind kind_;
    std::vector<Recommendation>& out_;
    const std::vector<DeclaredStatus> statuses_ = word_statuses(StatusWords::tracker);
    std::map<int, SourcePos> numbers_;
};

bool is_web_address(const std::string& s) {
    return s.starts_with("https://") || s.starts_with("http://");
}

// Documents a reader can open, never a page: an HTML file would be
// published unchecked by the Markdown rules.
const std::vector<std::string> letter_extensions = {".pdf", ".odt", ".docx", ".doc", ".rtf", ".txt"};

// 'response_letter': a web address, or a file under content/ or static/
// (whether the file exists is checked by load_accountability, which can see
// the folder).
void read_response_letter(const YAML::Node& root, YamlFields& yaml, Tracker& t) {
    auto letter = yaml.string(root, "response_letter");
    if (!letter) return;
    t.response_letter_pos = yaml.pos(root["response_letter"]);
    if (is_web_address(*letter)) {
        t.response_letter = *letter;
        return;
    }
    bool in_folder = letter->starts_with("content/") || letter->starts_with("static/");
    bool plain = letter->find("..") == std::string::npos && letter->find('\\') == std::string::npos &&
                 letter->find("//") == std::string::npos && !letter->ends_with("/");
    auto dot = letter->rfind('.');
    std::string ext = dot == std::string::npos ? "" : letter->substr(dot);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool document = std::find(letter_extensions.begin(), letter_extensions.end(), ext) != letter_extensions.end();
    if (!in_folder || !plain) {
        yaml.diags().error(
            t.response_letter_pos,
            fmt::format("'response_letter' must be a web address or a file in content/ or static/, not '{}'", *letter),
            "write 'https://...' for a letter published elsewhere, or the file's path in the site "
            "folder, such as 'static/letters/phase-1-response.pdf'");
        return;
    }
    if (!document) {
        yaml.diags().error(t.response_letter_pos, fmt::format("the response letter '{}' is not a document", *letter),
                           fmt::format("publish the letter as one of: {}", fmt::join(letter_extensions, ", ")));
        return;
    }
    t.response_letter = *letter;
}

void check_response_date(const YAML::Node& root, AccountabilityFields& f, const Tracker& t) {
    if (!t.response_published || !(*t.response_published < t.published)) return;
    f.diags().error(f.yaml().pos(root["response_published"]),
                    fmt::format("the response ({}) is dated before the report it answers ({})",
                                t.response_published->iso(), t.published.iso()),
                    "check both dates: 'published' is the date the inspectorate published the report");
}

}  // namespace

std::optional<Tracker> read_tracker(const std::string& path, const std::string& text, Diagnostics& diags,
                                    const TextLanguage* language) {
    YamlSource src{path, text, 0};
    auto root = parse_yaml_map(src, text, "a tracker file", diags);
    auto id = id_from_file(path, diags);
    if (!root) return std::nullopt;
    YamlFields yaml(src, diags, language);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, tracker_keys, "tracker");
    Tracker t;
    t.file = path;
    t.pos = src.start();
    auto title = yaml.text(*root, "title", true);
    auto inspectorate = yaml.text(*root, "inspectorate", true);
    t.summary = yaml.text(*root, "summary").value_or("");
    if ((*root)["summary"]) t.summary_pos = yaml.pos((*root)["summary"]);
    auto published = f.required_date(*root, "published");
    t.response_published = yaml.date(*root, "response_published");
    read_response_letter(*root, yaml, t);
    t.responding_for = f.string_list(*root, "responding_for", &t.responding_for_pos);
    if (!(*root)["responding_for"]) {
        diags.error(
            src.start(), "missing 'responding_for'",
            "list the bodies whose recommendations this office answers, such as 'responding_for: [Chief constables]'");
    }
    for (auto [key, kind, list, required] :
         {std::tuple{"recommendations", ItemKind::recommendation, &t.recommendations, true},
          {"areas_for_improvement", ItemKind::area_for_improvement, &t.areas_for_improvement, false},
          {"causes_of_concern", ItemKind::cause_of_concern, &t.causes_of_concern, false}}) {
        TrackerReader reader(f, t, kind, *list);
        f.for_each_entry(
            *root, key, "see docs/findings-and-trackers.md", [&](const YAML::Node& n) { reader.read_item(n); },
            required);
    }
    if (!id || !title || !inspectorate || !published) return std::nullopt;
    t.id = *id;
    t.title = *title;
    t.inspectorate = *inspectorate;
    t.published = *published;
    check_response_date(*root, f, t);
    for (auto* list : {&t.recommendations, &t.areas_for_improvement, &t.causes_of_concern}) {
        std::sort(list->begin(), list->end(),
                  [](const Recommendation& a, const Recommendation& b) { return a.number < b.number; });
    }
    return t;
}

}  // namespace candour
