#pragma once
// The generated pages for findings, trackers and action plans, as specs the
// route builder turns into routes (routes.cpp).
#include <string>
#include <vector>

#include "accountability/accountability.hpp"
#include "messages/messages.hpp"
#include "model/routes.hpp"

namespace candour {

inline constexpr const char* findings_url_dir = "findings";
inline constexpr const char* trackers_url_dir = "trackers";
inline constexpr const char* action_plans_url_dir = "action-plans";

struct GeneratedPage {
    PageKind kind = PageKind::page;
    std::string dir;    // "trackers/phase-1": the page's folder, without slashes at the ends
    std::string title;  // used unless a content/<dir>/_index.md gives one
    std::string layout;
    std::string subject;  // theme id, tracker id, item_subject(), plan id
    SourcePos pos;
    bool section = false;  // has pages below it (an index, a report)
};

std::vector<GeneratedPage> accountability_pages(const Accountability& a, const Messages& messages);

// "trackers/phase-1/recommendation-3", "trackers/phase-1/cause-of-concern-1"
std::string recommendation_dir(const Tracker& t, const Recommendation& r);
// The subject of an item's page: "phase-1/recommendation-3".
std::string item_subject(const Tracker& t, const Recommendation& r);

}  // namespace candour
