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

// Three steps of progress. Each format has its own words for them
// (findings: done / in progress / planned; trackers and action plans:
// complete / in progress / not started) so editors write what they already
// write in their spreadsheets.
enum class Progress { not_started, in_progress, finished };

struct StatusChange {
    Date date;
    Progress status = Progress::not_started;
    SourcePos pos;
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

struct Recommendation {
    int number = 0;
    std::string text;
    SourcePos text_pos;
    std::vector<std::string> addressed_to;
    bool for_us = true;    // addressed to a body this OPCC answers for
    std::string response;  // Markdown; may be empty for other bodies' recommendations
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
    std::vector<std::string> responding_for;      // bodies whose recommendations we answer
    std::vector<Recommendation> recommendations;  // in number order
    SourcePos pos;
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
    Progress status = Progress::not_started;
    std::vector<StatusChange> history;
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
    std::vector<ActionSection> sections;
    SourcePos pos;
};

struct Accountability {
    std::vector<FindingsRound> rounds;      // by file name
    std::vector<Tracker> trackers;          // newest report first
    std::vector<ActionPlan> plans;          // by file name
    Date today;                             // the build date, for deadlines still running
    std::vector<std::string> source_files;  // every file read, for the privacy gate

    bool empty() const { return rounds.empty() && trackers.empty() && plans.empty(); }
};

}  // namespace candour
