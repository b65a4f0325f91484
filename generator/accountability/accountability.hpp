#pragma once
// What the force did about what victims, survivors and inspectors said:
// "victims said, we did" findings, inspection-recommendation trackers and
// action plans. Free text and dates only: the survey counts behind the
// findings are raw figures and stay in load/ and disclose/.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "diagnostics/text_origin.hpp"
#include "kpi/date.hpp"
#include "kpi/period.hpp"

namespace candour {

// Steps of progress. Each format has its own words for them (findings:
// done / in progress / planned; trackers: complete / in progress / not
// started) so editors write what they already write in their spreadsheets;
// an action plan may declare its own statuses, each counting as one of these
// (docs/findings-and-trackers.md). `closed` is an action plan's "ended
// without being done": counted on its own, never as finished.
enum class Progress { not_started, in_progress, finished, closed };

struct StatusChange {
    Date date;
    Progress status = Progress::not_started;
    SourcePos pos;
    std::string name;  // the status as written (an action plan's own word); may be empty in tests
};

// A theme of the victim interviews or a process area (interview rooms, the SARC...).
struct Theme {
    std::string id;
    std::string title;
    std::string summary;
    bool surveyed = false;  // one of the five rated themes, with survey counts
};

// The themes candour knows, in the order pages show them.
const std::vector<Theme>& finding_themes();
const Theme* find_theme(const std::string& id);

struct Finding {
    std::string theme;
    std::string said;  // what victims and survivors said, as a reported summary
    SourcePos said_pos;
    std::string did;  // what was done, Markdown
    SourcePos did_pos;
    TextOrigin did_origin;  // where each character of `did` is in the file
    Progress status = Progress::not_started;
    Date updated;
    std::vector<std::string> indicators;  // ids from the KPI catalogue
    std::vector<SourcePos> indicator_pos;
    SourcePos pos;
};

struct FindingsRound {
    std::string file;
    std::string id;  // the file name without .yaml
    std::string title;
    std::optional<Period> period;  // the interviews it covers (optional)
    Date published;
    std::vector<Finding> findings;
};

// What an inspection report lists: recommendations, and (HMICFRS) areas for
// improvement and causes of concern. Each is numbered in its own list.
enum class ItemKind { recommendation, area_for_improvement, cause_of_concern };

struct Recommendation {
    ItemKind kind = ItemKind::recommendation;
    int number = 0;
    std::string text;
    SourcePos text_pos;
    std::vector<std::string> addressed_to;
    std::vector<SourcePos> addressed_to_pos;  // of each body, for checks against site.yaml's 'bodies'
    bool for_us = true;                       // addressed to a body this OPCC answers for
    std::string response;                     // Markdown; may be empty for other bodies' recommendations
    SourcePos response_pos;
    TextOrigin response_origin;
    Progress status = Progress::not_started;
    std::optional<Date> updated;
    std::vector<StatusChange> history;
    SourcePos pos;
};

struct Tracker {
    std::string file;
    std::string id;
    std::string title;
    std::string inspectorate;
    std::string summary;
    SourcePos summary_pos;
    Date published;
    std::optional<Date> response_published;
    // The published response letter: a web address, or a file in the site
    // folder (under content/ or static/) published beside the pages.
    std::string response_letter;
    SourcePos response_letter_pos;
    std::vector<std::string> responding_for;  // bodies whose recommendations we answer
    std::vector<SourcePos> responding_for_pos;
    std::vector<Recommendation> recommendations;        // in number order
    std::vector<Recommendation> areas_for_improvement;  // in number order
    std::vector<Recommendation> causes_of_concern;      // in number order
    SourcePos pos;

    // The three lists, in the order the page shows them.
    std::vector<const std::vector<Recommendation>*> item_lists() const {
        return {&recommendations, &areas_for_improvement, &causes_of_concern};
    }
};

struct Action {
    std::string number;  // "1.3"
    std::string action;
    SourcePos action_pos;
    std::string update;  // Markdown
    SourcePos update_pos;
    TextOrigin update_origin;
    std::string owner;
    std::optional<Date> due;
    Progress status = Progress::not_started;  // what the declared status counts as
    std::string status_name;                  // the declared status, as shown
    std::vector<StatusChange> history;
    SourcePos pos;
};

// One of an action plan's statuses ('statuses:'), and what it counts as.
struct DeclaredStatus {
    std::string name;
    Progress counts_as = Progress::not_started;
    SourcePos pos;
};

struct ActionSection {
    std::string title;
    std::vector<Action> actions;
};

struct ActionPlan {
    std::string file;
    std::string id;
    std::string title;
    std::string summary;
    SourcePos summary_pos;
    Period period = Period::quarter(2000, 1);  // the quarter this update covers
    std::vector<DeclaredStatus> statuses;      // as declared, or complete / in progress / not started
    std::vector<ActionSection> sections;
    SourcePos pos;
};

// A file published as it is, not made into a page: a tracker's response
// letter kept in the site folder. The privacy gate reads it like every
// other published file.
struct PublishedDocument {
    std::string source;       // "static/letters/phase-1.pdf"
    std::string output_path;  // "letters/phase-1.pdf"
    std::string bytes;
    SourcePos pos;  // where a tracker names it
};

// Where a response letter in the site folder is published: its path
// without the leading "content/" or "static/". Empty for a web address.
std::string letter_output_path(const std::string& response_letter);

struct Accountability {
    std::vector<FindingsRound> rounds;         // by file name
    std::vector<Tracker> trackers;             // newest report first
    std::vector<ActionPlan> plans;             // by file name
    Date today;                                // the build date, for deadlines still running
    std::vector<std::string> source_files;     // every file read, for the privacy gate
    std::vector<PublishedDocument> documents;  // response letters in the site folder, by output path

    bool empty() const { return rounds.empty() && trackers.empty() && plans.empty(); }
};

}  // namespace candour
