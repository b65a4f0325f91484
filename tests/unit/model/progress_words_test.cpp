// Progress in the reader's words: status tags, progress summaries, the kinds
// of item in an inspection report and the 56-day rule's sentences all come
// from the theme's catalogue, and the default theme's are the English ones
// the pages have always had.
#include "model/progress_words.hpp"

#include <catch2/catch.hpp>

#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

Date d(const char* iso) {
    return *parse_date(iso);
}

std::vector<Progress> repeat(std::vector<std::pair<Progress, int>> counts) {
    std::vector<Progress> out;
    for (auto [p, n] : counts) out.insert(out.end(), static_cast<std::size_t>(n), p);
    return out;
}

}  // namespace

TEST_CASE("the response's timeliness in the default theme's words") {
    const Messages& m = theme_messages();
    auto on_time = assess_response(d("2021-07-16"), d("2021-09-08"), d("2030-01-01"));
    CHECK(timeliness_tag(on_time, m) == "On time");
    CHECK(timeliness_words(on_time, m) ==
          "The response was published on time, 54 days after the report (the limit is 56 days).");
    auto late = assess_response(d("2024-01-01"), d("2024-02-27"), d("2030-01-01"));
    CHECK(timeliness_tag(late, m) == "Late");
    CHECK(timeliness_words(late, m) ==
          "The response was published late: 57 days after the report, 1 day after the 56-day limit.");
    auto due = assess_response(d("2024-12-20"), std::nullopt, d("2025-01-10"));
    CHECK(timeliness_tag(due, m) == "Not yet published");
    CHECK(timeliness_words(due, m) ==
          "The response is not yet published. It is due by 14 February 2025: 35 days remain.");
    auto today = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-14"));
    CHECK(timeliness_words(today, m) == "The response is not yet published. It is due today, 14 February 2025.");
    auto overdue = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-15"));
    CHECK(timeliness_tag(overdue, m) == "Not yet published: overdue");
    CHECK(timeliness_words(overdue, m) ==
          "The response is not yet published and is 1 day overdue: it was due by 14 February 2025.");
}

TEST_CASE("one day left takes the singular verb, by the number's plural form") {
    auto one_left = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-13"));
    CHECK(timeliness_words(one_left, theme_messages()) ==
          "The response is not yet published. It is due by 14 February 2025: 1 day remains.");
}

TEST_CASE("a catalogue rewords the response's tag and sentence, with its own date") {
    Messages cy = theme_messages_with(
        "msgid \"response.tag.on_time\"\nmsgstr \"Mewn pryd\"\n\n"
        "msgid \"response.on_time\"\nmsgstr \"Cyhoeddwyd yr ymateb mewn pryd, {days} ar ôl yr adroddiad.\"\n\n"
        "msgid \"duration.days\"\nmsgid_plural \"duration.days\"\nmsgstr[0] \"{count} diwrnod\"\n"
        "msgstr[1] \"{count} o ddiwrnodau\"\n\n"
        "msgid \"date.month.2\"\nmsgstr \"{day} Chwefror {year}\"\n\n"
        "msgid \"response.overdue\"\nmsgstr \"Mae'r ymateb {days} yn hwyr: roedd yn ddyledus erbyn {deadline}.\"\n");
    auto on_time = assess_response(d("2021-07-16"), d("2021-09-08"), d("2030-01-01"));
    CHECK(timeliness_tag(on_time, cy) == "Mewn pryd");
    CHECK(timeliness_words(on_time, cy) == "Cyhoeddwyd yr ymateb mewn pryd, 54 o ddiwrnodau ar ôl yr adroddiad.");
    auto overdue = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-15"));
    CHECK(timeliness_words(overdue, cy) == "Mae'r ymateb 1 diwrnod yn hwyr: roedd yn ddyledus erbyn 14 Chwefror 2025.");
}

TEST_CASE("progress summaries read as before in the default theme") {
    const Messages& m = theme_messages();
    auto findings = repeat({{Progress::finished, 9}, {Progress::in_progress, 3}, {Progress::not_started, 2}});
    CHECK(progress_summary(findings, ProgressOf::responses, m) ==
          "9 of 14 responses done, 3 in progress and 2 planned");
    CHECK(progress_summary(repeat({{Progress::finished, 1}}), ProgressOf::responses, m) == "1 of 1 response done");
    CHECK(progress_summary(repeat({{Progress::in_progress, 1}}), ProgressOf::actions, m) ==
          "0 of 1 action complete, 1 in progress");
    auto plan = repeat(
        {{Progress::finished, 2}, {Progress::in_progress, 1}, {Progress::not_started, 1}, {Progress::closed, 1}});
    CHECK(progress_summary(plan, ProgressOf::actions, m) ==
          "2 of 5 actions complete, 1 in progress, 1 not started and 1 closed without being completed");
    CHECK(progress_summary(repeat({{Progress::not_started, 1}}), ProgressOf::causes_of_concern, m) ==
          "0 of 1 causes of concern for us complete, 1 not started");
    CHECK(progress_summary({}, ProgressOf::recommendations, m) == "0 of 0 recommendations for us complete");
}

TEST_CASE("a catalogue changes the status words and the summary's sentence") {
    Messages cy = theme_messages_with(
        "msgid \"status.done\"\nmsgstr \"wedi'i wneud\"\n\n"
        "msgid \"progress.part.in_progress\"\nmsgstr \"{count} ar y gweill\"\n\n"
        "msgid \"list.two\"\nmsgstr \"{first} a {last}\"\n\n"
        "msgid \"progress.responses\"\nmsgid_plural \"progress.responses\"\n"
        "msgstr[0] \"{done} o {total} ymateb wedi'u gwneud\"\nmsgstr[1] \"{done} o {total} ymateb wedi'u gwneud\"\n");
    CHECK(status_label(Progress::finished, StatusWords::findings, cy) == "wedi'i wneud");
    CHECK(status_label(Progress::finished, StatusWords::tracker, cy) == "complete");
    auto findings = repeat({{Progress::finished, 1}, {Progress::in_progress, 2}, {Progress::not_started, 1}});
    CHECK(progress_summary(findings, ProgressOf::responses, cy) ==
          "1 o 4 ymateb wedi'u gwneud, 2 ar y gweill a 1 planned");
}

TEST_CASE("lists join with the catalogue's words") {
    const Messages& m = theme_messages();
    CHECK(list_label({"Police forces"}, m) == "Police forces");
    CHECK(list_label({"Police forces", "the CPS"}, m) == "Police forces and the CPS");
    CHECK(list_label({"Police forces", "the CPS", "the Home Office"}, m) ==
          "Police forces, the CPS and the Home Office");
}

TEST_CASE("an inspection report's kinds of item, and their counts by plural form") {
    const Messages& m = theme_messages();
    CHECK(item_label(ItemKind::area_for_improvement, m) == "area for improvement");
    CHECK(item_title(ItemKind::cause_of_concern, m) == "Cause of concern");
    CHECK(item_others(ItemKind::recommendation, m) == "Other recommendations");
    CHECK(item_count(ItemKind::area_for_improvement, 1, m) == "1 area for improvement");
    CHECK(item_count(ItemKind::cause_of_concern, 3, m) == "3 causes of concern");
    Messages cy = theme_messages_with("msgid \"item.recommendation.title\"\nmsgstr \"Argymhelliad\"\n");
    CHECK(item_title(ItemKind::recommendation, cy) == "Argymhelliad");
}
