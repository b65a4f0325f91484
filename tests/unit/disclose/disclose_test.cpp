#include <catch2/catch.hpp>

#include "disclose/internal/discloser.hpp"
#include "kpi/format.hpp"

using namespace candour;

namespace {

Indicator make(const std::string& id, Unit unit, std::vector<std::string> breakdowns = {}) {
    Indicator i;
    i.id = id;
    i.title = id;
    i.unit = unit;
    i.polarity = Polarity::higher_is_better;
    i.decimals = unit == Unit::count ? 0 : 1;
    i.breakdowns = std::move(breakdowns);
    return i;
}

RawKpi raw_with(std::vector<Indicator> indicators) {
    RawKpi raw;
    raw.present = true;
    raw.catalogue.indicators = std::move(indicators);
    raw.catalogue.breakdowns["sex"] = {"sex", "Sex", {"Female", "Male", "Not recorded"}, {}};
    return raw;
}

void add(RawKpi& raw, const std::string& ind, const char* period, std::optional<double> value,
         std::string breakdown = "", std::string group = "", std::optional<double> n = {},
         std::optional<double> d = {}) {
    RawObservation o;
    o.indicator = ind;
    o.period = *Period::parse(period);
    o.value = value;
    o.breakdown = std::move(breakdown);
    o.group = std::move(group);
    o.numerator = n;
    o.denominator = d;
    raw.observations.push_back(o);
}

std::string shown(const PublishedKpi& kpi, const std::string& ind, const char* period, const std::string& b = "",
                  const std::string& g = "") {
    const PublishedIndicator* i = kpi.indicator(ind);
    const PublishedCell* c = i->cell(b, g, *Period::parse(period));
    return c ? display_value(c->value, i->def) : "missing";
}

}  // namespace

TEST_CASE("counts from 1 to 4 are shown as [c]; zero and 5 are shown") {
    RawKpi raw = raw_with({make("charges", Unit::count)});
    add(raw, "charges", "2024-25 Q1", 0);
    add(raw, "charges", "2024-25 Q2", 4);
    add(raw, "charges", "2024-25 Q3", 5);
    add(raw, "charges", "2024-25 Q4", 1);
    PublishedKpi kpi = disclose(raw, {});
    CHECK(shown(kpi, "charges", "2024-25 Q1") == "0");
    CHECK(shown(kpi, "charges", "2024-25 Q2") == "[c]");
    CHECK(shown(kpi, "charges", "2024-25 Q3") == "5");
    CHECK(shown(kpi, "charges", "2024-25 Q4") == "[c]");
}

TEST_CASE("percentages with a small base, numerator or remainder are shown as [c]") {
    RawKpi raw = raw_with({make("rate", Unit::percentage)});
    add(raw, "rate", "2024-25 Q1", {}, "", "", 20, 80);  // fine
    add(raw, "rate", "2024-25 Q2", {}, "", "", 6, 9);    // base below 10
    add(raw, "rate", "2024-25 Q3", {}, "", "", 3, 80);   // numerator 3 would show
    add(raw, "rate", "2024-25 Q4", {}, "", "", 78, 80);  // remainder 2 would show
    PublishedKpi kpi = disclose(raw, {});
    CHECK(shown(kpi, "rate", "2024-25 Q1") == "25.0%");
    CHECK(shown(kpi, "rate", "2024-25 Q2") == "[c]");
    CHECK(shown(kpi, "rate", "2024-25 Q3") == "[c]");
    CHECK(shown(kpi, "rate", "2024-25 Q4") == "[c]");
    const PublishedCell* c = kpi.indicator("rate")->cell("", "", *Period::parse("2024-25 Q3"));
    CHECK(c->numerator.symbol() == Symbol::confidential);
}

TEST_CASE("a lone hidden cell in a breakdown with a published total gets a companion") {
    RawKpi raw = raw_with({make("charges", Unit::count, {"sex"})});
    add(raw, "charges", "2024-25 Q1", 52);
    add(raw, "charges", "2024-25 Q1", 40, "sex", "Female");
    add(raw, "charges", "2024-25 Q1", 9, "sex", "Male");
    add(raw, "charges", "2024-25 Q1", 3, "sex", "Not recorded");
    PublishedKpi kpi = disclose(raw, {});
    CHECK(shown(kpi, "charges", "2024-25 Q1", "sex", "Not recorded") == "[c]");
    // 52 - 40 - 9 would reveal the 3, so the next smallest is hidden too.
    CHECK(shown(kpi, "charges", "2024-25 Q1", "sex", "Male") == "[c]");
    CHECK(shown(kpi, "charges", "2024-25 Q1", "sex", "Female") == "40");
    CHECK(shown(kpi, "charges", "2024-25 Q1") == "52");
}

TEST_CASE("an empty value is published as not available") {
    RawKpi raw = raw_with({make("charges", Unit::count)});
    add(raw, "charges", "2024-25 Q1", {});
    CHECK(shown(disclose(raw, {}), "charges", "2024-25 Q1") == "[x]");
}

TEST_CASE("changes are judged by polarity and said in words") {
    RawKpi raw = raw_with({make("charges", Unit::count), make("days", Unit::median_days)});
    raw.catalogue.indicators[1].polarity = Polarity::lower_is_better;
    raw.catalogue.indicators[1].decimals = 0;
    const char* quarters[] = {"2023-24 Q2", "2023-24 Q3", "2023-24 Q4", "2024-25 Q1", "2024-25 Q2"};
    double charges[] = {33, 36, 39, 44, 52};
    for (int i = 0; i < 5; ++i) add(raw, "charges", quarters[i], charges[i]);
    add(raw, "days", "2024-25 Q1", 401);
    add(raw, "days", "2024-25 Q2", 372);
    for (auto& o : raw.observations) o.base = 40;
    PublishedKpi kpi = disclose(raw, {});
    const auto& sum = *kpi.indicator("charges")->summary;
    CHECK(sum.on_previous->judgement == "improved");
    CHECK(sum.on_previous->direction == "rose");
    CHECK(*sum.on_previous->absolute == 8);
    CHECK(*sum.on_previous->relative == Approx(18.2));
    CHECK(*sum.on_last_year->absolute == 19);
    CHECK(sum.rolling_year->number() == 36 + 39 + 44 + 52);
    const auto& days = *kpi.indicator("days")->summary;
    CHECK(days.on_previous->judgement == "improved");  // fewer days is better
    CHECK(*days.on_previous->absolute == -29);
    CHECK(*days.on_previous->relative == Approx(-7.2));
}

TEST_CASE("a change or rolling total is never worked out from a hidden figure") {
    RawKpi raw = raw_with({make("charges", Unit::count)});
    add(raw, "charges", "2023-24 Q3", 12);
    add(raw, "charges", "2023-24 Q4", 3);
    add(raw, "charges", "2024-25 Q1", 11);
    add(raw, "charges", "2024-25 Q2", 14);
    PublishedKpi kpi = disclose(raw, {});
    const auto& sum = *kpi.indicator("charges")->summary;
    CHECK(sum.rolling_year->symbol() == Symbol::confidential);
    CHECK(sum.on_previous->absolute.has_value());
    RawKpi raw2 = raw_with({make("charges", Unit::count)});
    add(raw2, "charges", "2024-25 Q1", 3);
    add(raw2, "charges", "2024-25 Q2", 14);
    PublishedKpi kpi2 = disclose(raw2, {});  // kept alive: the summary is a reference into it
    const auto& sum2 = *kpi2.indicator("charges")->summary;
    CHECK_FALSE(sum2.on_previous->absolute.has_value());
}
