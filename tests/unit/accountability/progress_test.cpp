// The 56-day rule for responses to inspection reports, and what changed in
// an action plan since the previous quarter.
#include "accountability/progress.hpp"

#include <catch2/catch.hpp>

using namespace candour;

namespace {

Date d(const char* iso) {
    return *parse_date(iso);
}

Action action(const char* number, std::optional<Date> due, Progress status, std::vector<StatusChange> history) {
    Action a;
    a.number = number;
    a.action = std::string("Action ") + number;
    a.due = due;
    a.status = status;
    a.history = std::move(history);
    return a;
}

}  // namespace

// The words for each case are the theme's (tests/unit/model/progress_words_test.cpp).
TEST_CASE("a response published within 56 days is on time") {
    auto t = assess_response(d("2021-07-16"), d("2021-09-08"), d("2030-01-01"));
    CHECK(t.kind == ResponseTimeliness::Kind::on_time);
    CHECK(t.days_taken == 54);
    CHECK(t.tag_class() == "done");
}

TEST_CASE("a response published on the 56th day is on time, on the 57th late") {
    CHECK(assess_response(d("2024-01-01"), d("2024-02-26"), d("2030-01-01")).kind == ResponseTimeliness::Kind::on_time);
    auto late = assess_response(d("2024-01-01"), d("2024-02-27"), d("2030-01-01"));
    CHECK(late.kind == ResponseTimeliness::Kind::late);
    CHECK(late.days_taken == 57);
    CHECK(late.days == 1);
}

TEST_CASE("a late response says by how many days") {
    auto t = assess_response(d("2022-02-09"), d("2022-04-14"), d("2030-01-01"));
    CHECK(t.kind == ResponseTimeliness::Kind::late);
    CHECK(t.days_taken == 64);
    CHECK(t.days == 8);
    CHECK(t.tag_class() == "late");
}

TEST_CASE("a response not yet published counts days to or past the deadline from today") {
    auto due = assess_response(d("2024-12-20"), std::nullopt, d("2025-01-10"));
    CHECK(due.kind == ResponseTimeliness::Kind::due);
    CHECK(due.deadline == d("2025-02-14"));
    CHECK(due.days == 35);
    auto today = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-14"));
    CHECK(today.kind == ResponseTimeliness::Kind::due);
    CHECK(today.days == 0);
    auto overdue = assess_response(d("2024-12-20"), std::nullopt, d("2025-02-15"));
    CHECK(overdue.kind == ResponseTimeliness::Kind::overdue);
    CHECK(overdue.days == 1);
}

TEST_CASE("day arithmetic crosses leap days and year ends") {
    CHECK(add_days(d("2024-02-28"), 1) == d("2024-02-29"));
    CHECK(add_days(d("2023-12-31"), 1) == d("2024-01-01"));
    CHECK(day_number(d("1970-01-01")) == 0);
    CHECK(date_from_day_number(day_number(d("2100-03-01"))) == d("2100-03-01"));
}

TEST_CASE("changes since last quarter: new actions, status changes and overdue actions") {
    ActionPlan plan;
    plan.period = *Period::parse("2024-25 Q3");  // October to December 2024
    ActionSection s;
    s.title = "Supporting victims";
    s.actions.push_back(
        action("1.1", d("2024-09-30"), Progress::finished,
               {{d("2024-04-01"), Progress::in_progress, {}}, {d("2024-09-15"), Progress::finished, {}}}));
    s.actions.push_back(
        action("1.2", d("2025-03-31"), Progress::in_progress, {{d("2024-10-14"), Progress::in_progress, {}}}));
    s.actions.push_back(
        action("1.3", d("2024-11-30"), Progress::in_progress,
               {{d("2024-09-01"), Progress::not_started, {}}, {d("2024-10-07"), Progress::in_progress, {}}}));
    s.actions.push_back(
        action("1.4", d("2024-12-31"), Progress::not_started, {{d("2024-06-01"), Progress::not_started, {}}}));
    // Recorded after the quarter ended: not part of this update's changes.
    s.actions.push_back(
        action("1.5", std::nullopt, Progress::in_progress, {{d("2025-01-05"), Progress::in_progress, {}}}));
    plan.sections.push_back(s);

    auto q = changes_in_quarter(plan);
    REQUIRE(q.added.size() == 1);
    CHECK(q.added[0].action->number == "1.2");
    REQUIRE(q.status_changed.size() == 1);
    CHECK(q.status_changed[0].action->number == "1.3");
    CHECK(q.status_changed[0].from == Progress::not_started);
    CHECK(q.status_changed[0].to == Progress::in_progress);
    // 1.3 was due in November and is not complete; 1.4 is due on the last day, so not yet late.
    REQUIRE(q.overdue.size() == 1);
    CHECK(q.overdue[0].action->number == "1.3");
}

TEST_CASE("an action with no history counts as unchanged") {
    ActionPlan plan;
    plan.period = *Period::parse("2024-25 Q3");
    ActionSection s;
    s.actions.push_back(action("2.1", std::nullopt, Progress::in_progress, {}));
    plan.sections.push_back(s);
    auto q = changes_in_quarter(plan);
    CHECK(q.added.empty());
    CHECK(q.status_changed.empty());
}

TEST_CASE("statuses are words, in each format's own vocabulary") {
    CHECK(status_word(Progress::finished, StatusWords::findings) == "done");
    CHECK(status_word(Progress::not_started, StatusWords::findings) == "planned");
    CHECK(status_word(Progress::finished, StatusWords::tracker) == "complete");
    CHECK(parse_status("not started", StatusWords::tracker) == Progress::not_started);
    CHECK(!parse_status("planned", StatusWords::tracker));
}

TEST_CASE("a plan's own statuses: a change of name is a change, and closed actions are never overdue") {
    ActionPlan plan;
    plan.period = *Period::parse("2024-25 Q3");
    ActionSection s;
    // "In progress" to "Delayed": both count as in progress, still a change.
    Action delayed = action("1.1", d("2024-11-30"), Progress::in_progress,
                            {{d("2024-04-01"), Progress::in_progress, {}, "In progress"},
                             {d("2024-11-15"), Progress::in_progress, {}, "Delayed"}});
    delayed.status_name = "Delayed";
    Action closed = action("1.2", d("2024-10-31"), Progress::closed,
                           {{d("2024-04-01"), Progress::not_started, {}, "No"},
                            {d("2024-10-20"), Progress::closed, {}, "Closed without action"}});
    closed.status_name = "Closed without action";
    s.actions = {delayed, closed};
    plan.sections.push_back(s);

    auto q = changes_in_quarter(plan);
    REQUIRE(q.status_changed.size() == 2);
    CHECK(q.status_changed[0].from_name == "In progress");
    CHECK(q.status_changed[0].to_name == "Delayed");
    CHECK(q.status_changed[1].to == Progress::closed);
    // 1.1 is past its due date and still in progress; 1.2 ended.
    REQUIRE(q.overdue.size() == 1);
    CHECK(q.overdue[0].action->number == "1.1");
}

TEST_CASE("counts_as has four steps, and closed is its own") {
    CHECK(parse_counts_as("complete") == Progress::finished);
    CHECK(parse_counts_as("closed") == Progress::closed);
    CHECK(!parse_counts_as("done"));
    CHECK(status_class(Progress::closed) == "closed");
    CHECK(!still_open(Progress::closed));
}
