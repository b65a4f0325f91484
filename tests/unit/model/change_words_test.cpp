// The sentences an indicator page writes about its figures: whole messages
// from the theme's catalogue, one set for each kind of figure, so they read
// correctly whatever the indicator's title.
#include "model/change_words.hpp"

#include <catch2/catch.hpp>

#include "disclose/internal/discloser.hpp"
#include "kpi/change.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

Indicator indicator(const std::string& title, Unit unit, int decimals, Polarity polarity = Polarity::neutral) {
    Indicator d;
    d.id = "x";
    d.title = title;
    d.unit = unit;
    d.decimals = decimals;
    d.polarity = polarity;
    return d;
}

// A published number, made the only way numbers are: through disclosure
// control (a score with a large base is shown as it is).
PublishedValue number(double v) {
    Indicator i = indicator("v", Unit::score, 1);
    i.id = "v";
    RawKpi raw;
    raw.present = true;
    raw.catalogue.indicators = {i};
    RawObservation o;
    o.indicator = "v";
    o.period = *Period::parse("2024-25 Q1");
    o.value = v;
    o.base = 1000;
    raw.observations.push_back(o);
    PublishedKpi kpi = disclose(raw, {});
    const PublishedCell* cell = kpi.indicator("v")->cell("", "", o.period);
    REQUIRE(cell);
    return cell->value;
}

Period quarter(const std::string& code) {
    return *Period::parse(code);
}

}  // namespace

TEST_CASE("the latest figure's sentence agrees with any title, for each kind of figure") {
    const Messages& m = theme_messages();
    Period p = quarter("2024-25 Q2");
    // A plural title: "charges was 57" would be wrong.
    CHECK(level_sentence(indicator("Charges", Unit::count, 0), p, number(57), m) ==
          "In July to September 2024, the number of charges was 57.");
    CHECK(level_sentence(indicator("Victim withdrawal rate", Unit::percentage, 1), p, number(12.5), m) ==
          "In July to September 2024, victim withdrawal rate stood at 12.5%.");
    CHECK(level_sentence(indicator("Investigators with specialist accreditation", Unit::percentage, 0), p, number(74),
                         m) == "In July to September 2024, investigators with specialist accreditation stood at 74%.");
    CHECK(level_sentence(indicator("Days from report to charge", Unit::median_days, 0), p, number(1), m) ==
          "In July to September 2024, the median for days from report to charge was 1 day.");
    CHECK(level_sentence(indicator("Days from report to charge", Unit::median_days, 0), p, number(120), m) ==
          "In July to September 2024, the median for days from report to charge was 120 days.");
}

TEST_CASE("a change reads once: no 'no change no change', no judgement without a change") {
    const Messages& m = theme_messages();
    Indicator d = indicator("Charges", Unit::count, 0, Polarity::higher_is_better);
    Change same = compare(number(40), number(40), quarter("2024-25 Q1"), d);
    CHECK(change_amount(same, d, m) == "no change");
    CHECK(judgement_words(same, m).empty());  // the amount already says it
    Change up = compare(number(40), number(48), quarter("2024-25 Q1"), d);
    CHECK(change_amount(up, d, m) == "up 8 (20.0%)");
    CHECK(judgement_words(up, m) == "improved");
    Indicator neutral = indicator("Reports", Unit::count, 0);
    Change moved = compare(number(40), number(48), quarter("2024-25 Q1"), neutral);
    CHECK(judgement_words(moved, m).empty());  // neither better nor worse: no tag
    CHECK(change_sentence(up, number(40), number(48), d, m) ==
          "The figure rose from 40 in April to June 2024 to 48, up 8 (20.0%).");
    CHECK(change_sentence(same, number(40), number(40), d, m) ==
          "The figure was the same as in April to June 2024 (40).");
}

TEST_CASE("changes in percentages and medians are said in their units, with plural forms") {
    const Messages& m = theme_messages();
    Indicator pct = indicator("Charge rate", Unit::percentage, 1);
    CHECK(change_amount(compare(number(10.0), number(11.0), quarter("2024-25 Q1"), pct), pct, m) ==
          "up 1.0 percentage points");
    Indicator whole = indicator("Compliance", Unit::percentage, 0);
    CHECK(change_amount(compare(number(80), number(79), quarter("2024-25 Q1"), whole), whole, m) ==
          "down 1 percentage point");
    Indicator days = indicator("Days from report to charge", Unit::median_days, 0);
    CHECK(change_amount(compare(number(401), number(372), quarter("2024-25 Q1"), days), days, m) ==
          "down 29 days (7.2%)");
    CHECK(change_amount(compare(number(10), number(11), quarter("2024-25 Q1"), days), days, m) == "up 1 day (10.0%)");
}
