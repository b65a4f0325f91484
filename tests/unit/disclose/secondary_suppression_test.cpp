// Secondary suppression on many table shapes. Each test builds raw tables,
// discloses them, and checks that no hidden figure can be worked out by
// subtraction from what is shown, and that no more is hidden than needed.
#include <catch2/catch.hpp>

#include "disclose/internal/discloser.hpp"

using namespace candour;

namespace {

struct Table {
    RawKpi raw;
    Table() {
        raw.present = true;
        raw.catalogue.breakdowns["sex"] = {"sex", "Sex", {"Female", "Male", "Not recorded"}, {}, true};
        raw.catalogue.breakdowns["age"] = {"age", "Age", {"Under 18", "18 to 39", "40 and over"}, {}, true};
        raw.catalogue.breakdowns["theme"] = {"theme", "Theme", {"Respect", "Safety"}, {}, false};
    }
    Table& indicator(const std::string& id, Unit unit, std::vector<std::string> breakdowns = {},
                     std::vector<std::string> parts = {}) {
        Indicator i;
        i.id = id;
        i.title = id;
        i.unit = unit;
        i.decimals = unit == Unit::count ? 0 : 1;
        i.breakdowns = std::move(breakdowns);
        i.parts = std::move(parts);
        raw.catalogue.indicators.push_back(i);
        return *this;
    }
    Table& count(const std::string& id, double v, const std::string& b = "", const std::string& g = "",
                 const char* period = "2024-25 Q2") {
        RawObservation o;
        o.indicator = id;
        o.period = *Period::parse(period);
        o.breakdown = b;
        o.group = g;
        o.value = v;
        raw.observations.push_back(o);
        return *this;
    }
    Table& pct(const std::string& id, double n, double d, const std::string& b = "", const std::string& g = "") {
        RawObservation o;
        o.indicator = id;
        o.period = *Period::parse("2024-25 Q2");
        o.breakdown = b;
        o.group = g;
        o.numerator = n;
        o.denominator = d;
        raw.observations.push_back(o);
        return *this;
    }
    PublishedKpi publish(DisclosureLog* log = nullptr) { return disclose(raw, DisclosureRules{}, log); }
};

const PublishedValue& value(const PublishedKpi& kpi, const std::string& id, const std::string& b = "",
                            const std::string& g = "", const char* period = "2024-25 Q2") {
    static const PublishedValue missing;
    const PublishedCell* c = kpi.indicator(id)->cell(b, g, *Period::parse(period));
    return c ? c->value : missing;
}

bool hidden(const PublishedKpi& kpi, const std::string& id, const std::string& b = "", const std::string& g = "") {
    return !value(kpi, id, b, g).has_number();
}

// For every breakdown that partitions the total: not exactly one unknown.
int unknowns(const PublishedKpi& kpi, const std::string& id, const std::string& b) {
    int n = hidden(kpi, id) ? 1 : 0;
    for (const auto* s : kpi.indicator(id)->breakdown(b)) n += hidden(kpi, id, b, s->group) ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("shape 1: nothing small, nothing hidden") {
    auto kpi = Table().indicator("c", Unit::count, {"sex"}).count("c", 60).count("c", 40, "sex", "Female")
                   .count("c", 15, "sex", "Male").count("c", 5, "sex", "Not recorded").publish();
    CHECK(unknowns(kpi, "c", "sex") == 0);
}

TEST_CASE("shape 2: one small cell and a published total hides the next smallest") {
    auto kpi = Table().indicator("c", Unit::count, {"sex"}).count("c", 60).count("c", 47, "sex", "Female")
                   .count("c", 10, "sex", "Male").count("c", 3, "sex", "Not recorded").publish();
    CHECK(hidden(kpi, "c", "sex", "Not recorded"));
    CHECK(hidden(kpi, "c", "sex", "Male"));
    CHECK_FALSE(hidden(kpi, "c", "sex", "Female"));
    CHECK_FALSE(hidden(kpi, "c"));
}

TEST_CASE("shape 3: two small cells already protect each other") {
    DisclosureLog log;
    auto kpi = Table().indicator("c", Unit::count, {"sex"}).count("c", 60).count("c", 54, "sex", "Female")
                   .count("c", 4, "sex", "Male").count("c", 2, "sex", "Not recorded").publish(&log);
    CHECK(unknowns(kpi, "c", "sex") == 2);
    CHECK_FALSE(hidden(kpi, "c", "sex", "Female"));
    for (const auto& s : log.suppressions) CHECK_FALSE(s.secondary);
}

TEST_CASE("shape 4: a small total hides itself, and a breakdown that would give it back") {
    auto kpi = Table().indicator("c", Unit::count, {"sex"}).count("c", 4).count("c", 0, "sex", "Female")
                   .count("c", 0, "sex", "Male").count("c", 4, "sex", "Not recorded").publish();
    CHECK(hidden(kpi, "c"));
    CHECK(unknowns(kpi, "c", "sex") != 1);
}

TEST_CASE("shape 5: a zero is not chosen while a non-zero cell can be") {
    auto kpi = Table().indicator("c", Unit::count, {"sex"}).count("c", 30).count("c", 0, "sex", "Female")
                   .count("c", 27, "sex", "Male").count("c", 3, "sex", "Not recorded").publish();
    CHECK(hidden(kpi, "c", "sex", "Male"));
    CHECK_FALSE(hidden(kpi, "c", "sex", "Female"));
}

TEST_CASE("shape 6: across two breakdowns, when the total was never given") {
    // No overall row, but the sex breakdown is complete, so it gives the
    // total; without further hiding, 52 - (20 + 25) would give the hidden 3
    // in the age breakdown... (here 52 - 49 = 3).
    auto kpi = Table().indicator("c", Unit::count, {"sex", "age"})
                   .count("c", 30, "sex", "Female").count("c", 12, "sex", "Male").count("c", 10, "sex", "Not recorded")
                   .count("c", 3, "age", "Under 18").count("c", 24, "age", "18 to 39").count("c", 25, "age", "40 and over")
                   .publish();
    CHECK(hidden(kpi, "c", "age", "Under 18"));
    // The sex breakdown now hides a cell too, so the total cannot be rebuilt
    // from it: each sum has at least two unknowns (the total among them).
    CHECK(unknowns(kpi, "c", "sex") >= 2);
    CHECK(unknowns(kpi, "c", "age") >= 2);
    CHECK(hidden(kpi, "c", "sex", "Not recorded"));  // the smallest
}

TEST_CASE("shape 7: indicators the catalogue says add up to another") {
    // total = adult + child; child is small, so adult must go too.
    auto kpi = Table().indicator("total", Unit::count, {}, {"adult", "child"}).indicator("adult", Unit::count)
                   .indicator("child", Unit::count).count("total", 52).count("adult", 49).count("child", 3).publish();
    CHECK(hidden(kpi, "child"));
    CHECK(hidden(kpi, "adult"));
    CHECK_FALSE(hidden(kpi, "total"));
}

TEST_CASE("shape 8: a breakdown of groups that do not add up is left alone") {
    // Every person rates every theme: theme figures are not parts of a total.
    auto kpi = Table().indicator("rating", Unit::percentage, {"theme"}).pct("rating", 40, 60)
                   .pct("rating", 20, 30, "theme", "Respect").pct("rating", 3, 30, "theme", "Safety").publish();
    CHECK(hidden(kpi, "rating", "theme", "Safety"));
    CHECK_FALSE(hidden(kpi, "rating", "theme", "Respect"));
}

TEST_CASE("shape 9: percentages: a hidden numerator in a breakdown hides another, with its percentage") {
    auto kpi = Table().indicator("rate", Unit::percentage, {"sex"}).pct("rate", 52, 371)
                   .pct("rate", 40, 300, "sex", "Female").pct("rate", 9, 50, "sex", "Male")
                   .pct("rate", 3, 21, "sex", "Not recorded").publish();
    CHECK(hidden(kpi, "rate", "sex", "Not recorded"));
    const PublishedCell* male = kpi.indicator("rate")->cell("sex", "Male", *Period::parse("2024-25 Q2"));
    CHECK_FALSE(male->numerator.has_number());
    CHECK_FALSE(male->value.has_number());  // 18.0% of 50 would give the 9 back
    CHECK(male->denominator.has_number());
}

TEST_CASE("shape 10: each period is protected on its own") {
    auto kpi = Table().indicator("c", Unit::count, {"sex"})
                   .count("c", 60, "", "", "2024-25 Q1").count("c", 50, "sex", "Female", "2024-25 Q1")
                   .count("c", 8, "sex", "Male", "2024-25 Q1").count("c", 2, "sex", "Not recorded", "2024-25 Q1")
                   .count("c", 60).count("c", 40, "sex", "Female").count("c", 15, "sex", "Male")
                   .count("c", 5, "sex", "Not recorded").publish();
    CHECK_FALSE(value(kpi, "c", "sex", "Male", "2024-25 Q1").has_number());
    CHECK(value(kpi, "c", "sex", "Male").has_number());
}

TEST_CASE("shape 11: chained sums: a component hidden for the breakdown is protected in the indicator sum too") {
    auto kpi = Table().indicator("total", Unit::count, {}, {"adult", "child"})
                   .indicator("adult", Unit::count, {"sex"}).indicator("child", Unit::count)
                   .count("total", 100).count("adult", 60).count("child", 40)
                   .count("adult", 57, "sex", "Female").count("adult", 3, "sex", "Male").count("adult", 0, "sex", "Not recorded")
                   .publish();
    CHECK(hidden(kpi, "adult", "sex", "Male"));
    // The adult breakdown hid Female (the only other non-zero figure), so no
    // constraint has one unknown left.
    CHECK(hidden(kpi, "adult", "sex", "Female"));
}

TEST_CASE("every secondary suppression is logged with its reason and never with a value") {
    DisclosureLog log;
    Table().indicator("c", Unit::count, {"sex"}).count("c", 60).count("c", 47, "sex", "Female")
        .count("c", 10, "sex", "Male").count("c", 3, "sex", "Not recorded").publish(&log);
    REQUIRE(log.suppressions.size() == 2);
    CHECK(log.suppressions[0].group == "Male");
    CHECK(log.suppressions[0].secondary);
    CHECK(log.suppressions[0].reason == "otherwise c 2024-25 Q2 sex=Not recorded could be worked out from the other "
                                        "groups of breakdown sex and the total");
    CHECK(log.suppressions[1].group == "Not recorded");
    CHECK(log.suppressions[1].reason == "count from 1 to 4");
    for (const auto& s : log.suppressions) CHECK(s.reason.find("10") == std::string::npos);
}

TEST_CASE("rounding instead of suppressing: every count to the nearest 5") {
    Table t;
    t.indicator("c", Unit::count, {"sex"}).count("c", 61).count("c", 47, "sex", "Female").count("c", 11, "sex", "Male")
        .count("c", 3, "sex", "Not recorded");
    DisclosureRules rules;
    rules.method = DisclosureRules::Method::round;
    auto kpi = disclose(t.raw, rules);
    CHECK(value(kpi, "c").number() == 60);
    CHECK(value(kpi, "c", "sex", "Female").number() == 45);
    CHECK(value(kpi, "c", "sex", "Male").number() == 10);
    CHECK(value(kpi, "c", "sex", "Not recorded").number() == 5);
}

TEST_CASE("a different threshold and hidden zeros come from the rules") {
    Table t;
    t.indicator("c", Unit::count).count("c", 0, "", "", "2024-25 Q1").count("c", 7);
    DisclosureRules rules;
    rules.min_count = 10;
    rules.suppress_zeros = true;
    auto kpi = disclose(t.raw, rules);
    CHECK_FALSE(value(kpi, "c", "", "", "2024-25 Q1").has_number());
    CHECK_FALSE(value(kpi, "c").has_number());
}
