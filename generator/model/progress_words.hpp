#pragma once
// Progress in the reader's words, from the theme's catalogue: status tags,
// "9 of 14 responses done, 3 in progress and 2 planned", the kinds of item
// in an inspection report, and whether the response to a report was on
// time. The words editors write in the YAML files (accountability/
// progress.hpp) stay as they are: they are the files' format, not text.
#include <string>
#include <vector>

#include "accountability/progress.hpp"
#include "messages/messages.hpp"

namespace candour {

// "done", "planned" (findings); "complete", "not started" (trackers and plans).
std::string status_label(Progress p, StatusWords words, const Messages& messages);

// What a progress summary counts, each with its own sentence.
enum class ProgressOf { responses, actions, recommendations, areas_for_improvement, causes_of_concern };
ProgressOf progress_of(ItemKind kind);

// "9 of 14 responses done, 3 in progress and 2 planned".
std::string progress_summary(const std::vector<Progress>& statuses, ProgressOf what, const Messages& messages);

// "a", "a and b", "a, b and c".
std::string list_label(const std::vector<std::string>& items, const Messages& messages);

// "1 day", "12 days".
std::string days_label(int days, const Messages& messages);

// An inspection report's kinds of item: "recommendation", "Recommendation",
// "Other recommendations", "2 recommendations".
std::string item_label(ItemKind kind, const Messages& messages);
std::string item_title(ItemKind kind, const Messages& messages);
std::string item_others(ItemKind kind, const Messages& messages);
std::string item_count(ItemKind kind, std::size_t count, const Messages& messages);

// A theme of the interviews or a process area, in the reader's words: the
// catalogue's finding.theme.<id> (its '-' written '_') and
// finding.theme.<id>.summary. Theme::title stays the English name the
// downloads and the disclosure audit use.
std::string theme_title(const Theme& theme, const Messages& messages);
std::string theme_summary(const Theme& theme, const Messages& messages);

// ", updated 14 November 2024" after a status tag, as HTML (the date in a
// <time>): message page.status.updated.
std::string updated_html(const Date& date, const Messages& messages);

// The response's tag ("On time") and sentence.
std::string timeliness_tag(const ResponseTimeliness& t, const Messages& messages);
std::string timeliness_words(const ResponseTimeliness& t, const Messages& messages);

}  // namespace candour
