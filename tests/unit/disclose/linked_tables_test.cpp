// Disclosure over linked tables: each test writes a catalogue and its
// figures, discloses them as a build does, and attacks the downloads' bytes
// with the independent audit, which must find no hidden figure a reader
// could pin down or narrow below the protection width. Each shape also
// checks what a reader sees, and that no more is hidden than the shape
// needs.
#include "support/linked_tables.hpp"

#include <catch2/catch.hpp>

#include "kpi/published_survey.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

const std::string sex = "  - id: sex\n    title: Sex\n    groups: [Female, Male, Not recorded]\n";
const std::string age = "  - id: age\n    title: Age\n    groups: [Under 18, 18 to 39, 40 and over]\n";

// Sex by age, 2024-25 Q2: 90 people, with its sex margin.
const std::string sex_margin =
    "c,2024-25 Q2,sex,Female,50,,\nc,2024-25 Q2,sex,Male,30,,\nc,2024-25 Q2,sex,Not recorded,10,,\n";
const std::string sex_by_age_cells =
    "c,2024-25 Q2,sex-by-age,Female / Under 18,12,,\nc,2024-25 Q2,sex-by-age,Female / 18 to 39,20,,\n"
    "c,2024-25 Q2,sex-by-age,Female / 40 and over,18,,\nc,2024-25 Q2,sex-by-age,Male / Under 18,6,,\n"
    "c,2024-25 Q2,sex-by-age,Male / 18 to 39,14,,\nc,2024-25 Q2,sex-by-age,Male / 40 and over,10,,\n"
    "c,2024-25 Q2,sex-by-age,Not recorded / Under 18,2,,\nc,2024-25 Q2,sex-by-age,Not recorded / 18 to 39,6,,\n"
    "c,2024-25 Q2,sex-by-age,Not recorded / 40 and over,2,,\n";

std::string count(const std::string& id, const std::string& extra = "") {
    return "  - id: " + id + "\n    title: " + id +
           "\n    definition: D.\n    unit: count\n    polarity: neutral\n"
           "    aim: a\n" +
           extra;
}
std::string percentage(const std::string& id, const std::string& extra = "") {
    return "  - id: " + id + "\n    title: " + id +
           "\n    definition: D.\n    unit: percentage\n"
           "    polarity: neutral\n    aim: a\n" +
           extra;
}

// The audit read figures, found hidden ones, and none can be worked out.
void require_safe(const Disclosed& d) {
    std::string problems;
    for (const auto& diag : d.problems) problems += format_diagnostic(diag) + "\n";
    INFO(problems);
    REQUIRE_FALSE(d.errors);
    CHECK(d.audit.contradictions.empty());
    CHECK(d.audit.files > 0);
    CHECK_FALSE(d.audit.checked.empty());
    for (const auto& f : d.audit.exposed()) FAIL_CHECK(describe_exposure(f));
}

}  // namespace

TEST_CASE("linked shape 1: one small group in a breakdown with a published total") {
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,60,,\nc,2024-25 Q2,sex,Female,47,,\nc,2024-25 Q2,sex,Male,10,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,3,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2", "sex", "Not recorded"));
    // The cheapest complement is the next smallest group; the total stays.
    CHECK(d.hidden("c", "2024-25 Q2", "sex", "Male"));
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Female") == "47");
    CHECK(d.shown("c", "2024-25 Q2") == "60");
    CHECK(d.secondary() == 1);
}

TEST_CASE("linked shape 2: two small groups that already protect each other need nothing more") {
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,60,,\nc,2024-25 Q2,sex,Female,54,,\nc,2024-25 Q2,sex,Male,4,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,2,,\n"});
    require_safe(d);
    CHECK(d.secondary() == 0);  // Male and Not recorded add up to 6: each could be 0 to 6
}

TEST_CASE("linked shape 3: two small groups too close together get a third") {
    // 1 + 1 = 2: each could only be 0, 1 or 2, narrower than the width of 3.
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,40,,\nc,2024-25 Q2,sex,Female,38,,\nc,2024-25 Q2,sex,Male,1,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,1,,\n"});
    require_safe(d);
    CHECK(d.secondary() == 1);
    CHECK((d.hidden("c", "2024-25 Q2", "sex", "Female") || d.hidden("c", "2024-25 Q2")));
}

TEST_CASE("linked shape 4: a small total hides itself and the breakdown that gives it back") {
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,4,,\nc,2024-25 Q2,sex,Female,0,,\nc,2024-25 Q2,sex,Male,0,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,4,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2"));
    CHECK(d.hidden("c", "2024-25 Q2", "sex", "Not recorded"));
}

TEST_CASE("linked shape 5: all zeros but one") {
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,30,,\nc,2024-25 Q2,sex,Female,0,,\nc,2024-25 Q2,sex,Male,27,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,3,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2", "sex", "Not recorded"));
    // The least loss: the zero beside it (0 to 3 either way), not the 27.
    CHECK(d.hidden("c", "2024-25 Q2", "sex", "Female"));
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Male") == "27");
}

TEST_CASE("linked shape 6: two breakdowns and no total") {
    // No overall row, but the complete sex breakdown gives it: 52 - 24 - 25 = 3.
    Disclosed d = disclose_tables({sex + age, count("c", "    breakdowns: [sex, age]\n"),
                                   "c,2024-25 Q2,sex,Female,30,,\nc,2024-25 Q2,sex,Male,12,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,10,,\nc,2024-25 Q2,age,Under 18,3,,\n"
                                   "c,2024-25 Q2,age,18 to 39,24,,\nc,2024-25 Q2,age,40 and over,25,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2", "age", "Under 18"));
    CHECK(d.secondary() >= 1);
}

TEST_CASE("linked shape 7: a breakdown within a breakdown (sex by age) and its margins") {
    std::string cross = sex + age + "  - id: sex-by-age\n    title: Sex and age\n    cross: [sex, age]\n";
    Disclosed d = disclose_tables(
        {cross, count("c", "    breakdowns: [sex, age, sex-by-age]\n"),
         "c,2024-25 Q2,,,90,,\n" + sex_margin +
             "c,2024-25 Q2,age,Under 18,20,,\nc,2024-25 Q2,age,18 to 39,40,,\nc,2024-25 Q2,age,40 and over,30,,\n" +
             sex_by_age_cells});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2", "sex-by-age", "Not recorded / Under 18"));
    // A lone hidden cell of a two-way table needs at least three more (a
    // rectangle), so its row and its column can both move.
    CHECK(d.secondary() >= 2);
}

TEST_CASE("linked shape 20: a cross-tabulation published without one of its margins") {
    // The indicator publishes sex and sex by age, but nothing by age alone:
    // each age column still adds up, to a figure no reader is given (it used
    // to be taken for the overall figure, which contradicted the data).
    std::string cross = sex + age + "  - id: sex-by-age\n    title: Sex and age\n    cross: [sex, age]\n";
    Disclosed d = disclose_tables({cross, count("c", "    breakdowns: [sex, sex-by-age]\n"),
                                   "c,2024-25 Q2,,,90,,\n" + sex_margin + sex_by_age_cells});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2", "sex-by-age", "Not recorded / Under 18"));
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Female") == "50");
}

TEST_CASE("linked shape 21: all zeros in a cross-tabulation with parts, rounded (found by fuzzing: it never ended)") {
    std::string cross = sex + age + "  - id: sex-by-age\n    title: Sex and age\n    cross: [sex, age]\n";
    std::string rows = "c,2024-25 Q1,,,0,,\n";
    for (const char* s : {"Female", "Male", "Not recorded"}) {
        rows += std::string("c,2024-25 Q1,sex,") + s + ",0,,\n";
        for (const char* a : {"Under 18", "18 to 39", "40 and over"})
            rows += std::string("c,2024-25 Q1,sex-by-age,") + s + " / " + a + ",0,,\n";
    }
    for (const char* part : {"c1", "c2"}) {
        rows += std::string(part) + ",2024-25 Q1,,,0,,\n";
        for (const char* s : {"Female", "Male", "Not recorded"})
            rows += std::string(part) + ",2024-25 Q1,sex," + s + ",0,,\n";
    }
    Disclosed d = disclose_tables({cross,
                                   count("c", "    breakdowns: [sex, sex-by-age]\n    parts: [c1, c2]\n") +
                                       count("c1", "    breakdowns: [sex]\n") + count("c2", "    breakdowns: [sex]\n"),
                                   rows, "", "  method: round\n  protection_width: 2\n"});
    require_safe(d);
    CHECK(d.shown("c", "2024-25 Q1") == "0");
}

TEST_CASE("linked shape 8: a shared numerator (charges, and the charge rate's numerators)") {
    Disclosed d = disclose_tables(
        {sex,
         count("charges", "    breakdowns: [sex]\n") +
             percentage("rate", "    breakdowns: [sex]\n    numerator: charges\n"),
         "charges,2024-25 Q2,,,60,,\ncharges,2024-25 Q2,sex,Female,44,,\ncharges,2024-25 Q2,sex,Male,12,,\n"
         "charges,2024-25 Q2,sex,Not recorded,4,,\n"
         "rate,2024-25 Q2,,,,60,300\nrate,2024-25 Q2,sex,Female,,44,200\nrate,2024-25 Q2,sex,Male,,12,70\n"
         "rate,2024-25 Q2,sex,Not recorded,,4,30\n"});
    require_safe(d);
    // The same counts are hidden in both tables, and so are the percentages beside them.
    for (const char* g : {"Not recorded", "Male"}) {
        INFO(g);
        CHECK(d.hidden("charges", "2024-25 Q2", "sex", g));
        CHECK(d.hidden("rate", "2024-25 Q2", "sex", g, "numerator"));
        CHECK(d.hidden("rate", "2024-25 Q2", "sex", g));
    }
    CHECK(d.shown("rate", "2024-25 Q2", "sex", "Male", "denominator") == "70");
}

TEST_CASE("linked shape 9: a rate with a published denominator does not give its hidden numerator back") {
    // The remainder 30 - 27 is small, so the percentage and numerator go;
    // with the denominator shown, nothing else may pin the numerator.
    Disclosed d = disclose_tables({sex, percentage("rate", "    breakdowns: [sex]\n"),
                                   "rate,2024-25 Q2,,,,90,200\nrate,2024-25 Q2,sex,Female,,40,100\n"
                                   "rate,2024-25 Q2,sex,Male,,23,70\nrate,2024-25 Q2,sex,Not recorded,,27,30\n"});
    require_safe(d);
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Not recorded", "numerator"));
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Not recorded"));
    CHECK(d.shown("rate", "2024-25 Q2", "sex", "Not recorded", "denominator") == "30");
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Male", "numerator"));  // the complement, and its percentage
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Male"));
}

TEST_CASE("linked shape 10: an overall figure that is the sum of overlapping groups (the survey example)") {
    std::string themes =
        "  - id: theme\n    title: Theme\n"
        "    groups: [Respect, Sensitivity, Knowledge, Effectiveness, Safety]\n"
        "    partition: false\n    total: sum\n";
    // The sample site's April to June 2024: 46 of 75 overall; Respect 11 of
    // 15 is hidden (remainder 4) and, without the relation, 46 - 35 gave it back.
    Disclosed d =
        disclose_tables({themes, percentage("rating", "    breakdowns: [theme]\n"),
                         "rating,2024-25 Q1,,,,46,75\nrating,2024-25 Q1,theme,Respect,,11,15\n"
                         "rating,2024-25 Q1,theme,Sensitivity,,10,15\nrating,2024-25 Q1,theme,Knowledge,,9,15\n"
                         "rating,2024-25 Q1,theme,Effectiveness,,6,15\nrating,2024-25 Q1,theme,Safety,,10,15\n"});
    require_safe(d);
    CHECK(d.hidden("rating", "2024-25 Q1", "theme", "Respect", "numerator"));
    CHECK(d.secondary() == 1);  // one more theme hides, the smallest: Effectiveness
    CHECK(d.hidden("rating", "2024-25 Q1", "theme", "Effectiveness", "numerator"));
    CHECK(d.shown("rating", "2024-25 Q1", "", "", "numerator") == "46");
}

TEST_CASE("linked shape 11: overlapping groups with no sum are each at most the whole") {
    std::string characteristics =
        "  - id: missing\n    title: Missing\n    groups: [Ethnicity, Age, Sex]\n"
        "    partition: false\n    total: none\n";
    Disclosed d = disclose_tables({characteristics, count("c", "    breakdowns: [missing]\n"),
                                   "c,2024-25 Q2,,,5,,\nc,2024-25 Q2,missing,Ethnicity,5,,\n"
                                   "c,2024-25 Q2,missing,Age,3,,\nc,2024-25 Q2,missing,Sex,1,,\n"});
    require_safe(d);
    // Age (3) is hidden and at most 5, the overall figure: 0 to 5 is wide enough.
    CHECK(d.hidden("c", "2024-25 Q2", "missing", "Age"));
    CHECK(d.shown("c", "2024-25 Q2", "missing", "Ethnicity") == "5");
}

TEST_CASE("linked shape 12: a quarter and its year to date") {
    Disclosed d = disclose_tables({"", count("c") + count("ytd", "    year_to_date: c\n"),
                                   "c,2024-25 Q1,,,30,,\nc,2024-25 Q2,,,3,,\nc,2024-25 Q3,,,25,,\n"
                                   "ytd,2024-25 Q1,,,30,,\nytd,2024-25 Q2,,,33,,\nytd,2024-25 Q3,,,58,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q2"));
    // 33 - 30 would give it back: at least one of them goes too.
    CHECK((d.hidden("ytd", "2024-25 Q2") || d.hidden("c", "2024-25 Q1") || d.hidden("ytd", "2024-25 Q1")));
}

TEST_CASE("linked shape 13: indicators that add up to another, with breakdowns on both") {
    Disclosed d =
        disclose_tables({sex,
                         count("all", "    breakdowns: [sex]\n    parts: [adult, child]\n") +
                             count("adult", "    breakdowns: [sex]\n") + count("child", "    breakdowns: [sex]\n"),
                         "all,2024-25 Q2,,,100,,\nall,2024-25 Q2,sex,Female,70,,\nall,2024-25 Q2,sex,Male,25,,\n"
                         "all,2024-25 Q2,sex,Not recorded,5,,\n"
                         "adult,2024-25 Q2,,,80,,\nadult,2024-25 Q2,sex,Female,56,,\nadult,2024-25 Q2,sex,Male,21,,\n"
                         "adult,2024-25 Q2,sex,Not recorded,3,,\n"
                         "child,2024-25 Q2,,,20,,\nchild,2024-25 Q2,sex,Female,14,,\nchild,2024-25 Q2,sex,Male,4,,\n"
                         "child,2024-25 Q2,sex,Not recorded,2,,\n"});
    require_safe(d);
    CHECK(d.hidden("child", "2024-25 Q2", "sex", "Male"));
    CHECK(d.hidden("adult", "2024-25 Q2", "sex", "Not recorded"));
}

TEST_CASE("linked shape 14: a group hidden in every linked table, period after period") {
    Disclosed d = disclose_tables(
        {sex,
         count("charges", "    breakdowns: [sex]\n") +
             percentage("rate", "    breakdowns: [sex]\n    numerator: charges\n") +
             count("ytd", "    breakdowns: [sex]\n    year_to_date: charges\n"),
         "charges,2024-25 Q1,,,50,,\ncharges,2024-25 Q1,sex,Female,40,,\ncharges,2024-25 Q1,sex,Male,8,,\n"
         "charges,2024-25 Q1,sex,Not recorded,2,,\n"
         "charges,2024-25 Q2,,,60,,\ncharges,2024-25 Q2,sex,Female,47,,\ncharges,2024-25 Q2,sex,Male,10,,\n"
         "charges,2024-25 Q2,sex,Not recorded,3,,\n"
         "rate,2024-25 Q1,,,,50,250\nrate,2024-25 Q1,sex,Female,,40,180\nrate,2024-25 Q1,sex,Male,,8,50\n"
         "rate,2024-25 Q1,sex,Not recorded,,2,20\n"
         "rate,2024-25 Q2,,,,60,280\nrate,2024-25 Q2,sex,Female,,47,200\nrate,2024-25 Q2,sex,Male,,10,55\n"
         "rate,2024-25 Q2,sex,Not recorded,,3,25\n"
         "ytd,2024-25 Q1,,,50,,\nytd,2024-25 Q1,sex,Female,40,,\nytd,2024-25 Q1,sex,Male,8,,\nytd,2024-25 Q1,sex,Not "
         "recorded,2,,\n"
         "ytd,2024-25 Q2,,,110,,\nytd,2024-25 Q2,sex,Female,87,,\nytd,2024-25 Q2,sex,Male,18,,\nytd,2024-25 Q2,sex,Not "
         "recorded,5,,\n"});
    require_safe(d);
    for (const char* p : {"2024-25 Q1", "2024-25 Q2"}) {
        INFO(p);
        CHECK(d.hidden("charges", p, "sex", "Not recorded"));
        CHECK(d.hidden("rate", p, "sex", "Not recorded", "numerator"));
    }
    CHECK(d.hidden("ytd", "2024-25 Q1", "sex", "Not recorded"));  // the same count as Q1's
}

TEST_CASE("linked shape 15: rounding to 5: no count can be pinned") {
    Disclosed d = disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                                   "c,2024-25 Q2,,,61,,\nc,2024-25 Q2,sex,Female,47,,\nc,2024-25 Q2,sex,Male,11,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,3,,\n"
                                   "c,2024-25 Q3,,,3,,\nc,2024-25 Q3,sex,Female,3,,\nc,2024-25 Q3,sex,Male,0,,\n"
                                   "c,2024-25 Q3,sex,Not recorded,0,,\n",
                                   "", "  method: round\n"});
    require_safe(d);
    CHECK(d.shown("c", "2024-25 Q2") == "60");
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Not recorded") == "5");
    CHECK(d.shown("c", "2024-25 Q3", "sex", "Female") == "5");
}

TEST_CASE("linked shape 15b: rounding, with a breakdown crossed by one that is never published") {
    // Found by the linked_tables fuzz target: the groups of 'age', which
    // nothing publishes, were taken for the overall figure, so every rounded
    // table with a cross-tabulation "contradicted the relations" and the
    // build stopped.
    std::string cross = sex + age + "  - id: sex-by-age\n    title: Sex and age\n    cross: [sex, age]\n";
    Disclosed d = disclose_tables({cross, count("c", "    breakdowns: [sex, sex-by-age]\n"),
                                   "c,2024-25 Q2,,,93,,\nc,2024-25 Q2,sex,Female,15,,\nc,2024-25 Q2,sex,Male,44,,\n"
                                   "c,2024-25 Q2,sex,Not recorded,34,,\n",
                                   "", "  method: round\n"});
    require_safe(d);
    CHECK(d.shown("c", "2024-25 Q2") == "95");
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Male") == "45");
}

TEST_CASE("linked shape 16: percentages in a breakdown: numerators and denominators both add up") {
    Disclosed d = disclose_tables({sex, percentage("rate", "    breakdowns: [sex]\n"),
                                   "rate,2024-25 Q2,,,,52,371\nrate,2024-25 Q2,sex,Female,,40,300\n"
                                   "rate,2024-25 Q2,sex,Male,,9,50\nrate,2024-25 Q2,sex,Not recorded,,3,21\n"});
    require_safe(d);
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Not recorded", "numerator"));
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Male", "numerator"));
    CHECK(d.hidden("rate", "2024-25 Q2", "sex", "Male"));  // 18.0% of 50 would give the 9 back
    CHECK(d.shown("rate", "2024-25 Q2", "sex", "Male", "denominator") == "50");
}

TEST_CASE("linked shape 17: the interview ratings: row totals and the cumulative row") {
    Disclosed d =
        disclose_tables({"", count("c"), "c,2024-25 Q1,,,10,,\n",
                         "2024-25 Q1,respect,good,9\n2024-25 Q1,respect,neither,6\n2024-25 Q1,respect,poor,5\n"
                         "2024-25 Q2,respect,good,8\n2024-25 Q2,respect,neither,7\n2024-25 Q2,respect,poor,2\n"});
    require_safe(d);
    const auto& t = *d.kpi.survey->table("respect");
    CHECK_FALSE(t.rows[1].ratings[2].has_number());  // 2: primary
    int hidden = 0;
    for (const auto& row : {t.rows[0], t.rows[1], t.cumulative}) {
        for (const auto& v : row.ratings) hidden += v.has_number() ? 0 : 1;
    }
    CHECK(hidden >= 4);  // a rectangle across two periods and the cumulative row
}

TEST_CASE("linked shape 18: each period is protected on its own when nothing joins them") {
    Disclosed d =
        disclose_tables({sex, count("c", "    breakdowns: [sex]\n"),
                         "c,2024-25 Q1,,,60,,\nc,2024-25 Q1,sex,Female,50,,\nc,2024-25 Q1,sex,Male,8,,\n"
                         "c,2024-25 Q1,sex,Not recorded,2,,\nc,2024-25 Q2,,,60,,\nc,2024-25 Q2,sex,Female,40,,\n"
                         "c,2024-25 Q2,sex,Male,15,,\nc,2024-25 Q2,sex,Not recorded,5,,\n"});
    require_safe(d);
    CHECK(d.hidden("c", "2024-25 Q1", "sex", "Male"));
    CHECK(d.shown("c", "2024-25 Q2", "sex", "Male") == "15");
}

TEST_CASE("linked shape 19: months and their financial-year total") {
    std::string monthly =
        "  - id: m\n    title: m\n    definition: D.\n    unit: count\n    polarity: neutral\n"
        "    aim: a\n    frequency: month\n";
    std::string yearly =
        "  - id: y\n    title: y\n    definition: D.\n    unit: count\n    polarity: neutral\n"
        "    aim: a\n    frequency: financial_year\n    year_to_date: m\n";
    std::string rows;
    int total = 0;
    const char* months[] = {"2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
                            "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03"};
    for (int i = 0; i < 12; ++i) {
        int v = i == 5 ? 2 : 20 + i;
        total += v;
        rows += std::string("m,") + months[i] + ",,," + std::to_string(v) + ",,\n";
    }
    rows += "y,2024-25,,," + std::to_string(total) + ",,\n";
    Disclosed d = disclose_tables({"", monthly + yearly, rows});
    require_safe(d);
    CHECK(d.hidden("m", "2024-09"));
    CHECK(d.secondary() >= 1);
}

TEST_CASE("the audit sees a leak as soon as one chosen complement is published") {
    struct Case {
        const char* name;
        LinkedTables tables;
    };
    std::vector<Case> cases = {
        {"a breakdown",
         {sex, count("c", "    breakdowns: [sex]\n"),
          "c,2024-25 Q2,,,60,,\nc,2024-25 Q2,sex,Female,47,,\nc,2024-25 Q2,sex,Male,10,,\n"
          "c,2024-25 Q2,sex,Not recorded,3,,\n"}},
        {"overlapping groups with a sum",
         {"  - id: theme\n    title: T\n    groups: [Respect, Sensitivity, Knowledge, Effectiveness, Safety]\n"
          "    partition: false\n    total: sum\n",
          percentage("rating", "    breakdowns: [theme]\n"),
          "rating,2024-25 Q1,,,,46,75\nrating,2024-25 Q1,theme,Respect,,11,15\n"
          "rating,2024-25 Q1,theme,Sensitivity,,10,15\nrating,2024-25 Q1,theme,Knowledge,,9,15\n"
          "rating,2024-25 Q1,theme,Effectiveness,,6,15\nrating,2024-25 Q1,theme,Safety,,10,15\n"}},
        {"a shared numerator",
         {sex,
          count("charges", "    breakdowns: [sex]\n") +
              percentage("rate", "    breakdowns: [sex]\n    numerator: charges\n"),
          "charges,2024-25 Q2,,,60,,\ncharges,2024-25 Q2,sex,Female,44,,\ncharges,2024-25 Q2,sex,Male,12,,\n"
          "charges,2024-25 Q2,sex,Not recorded,4,,\nrate,2024-25 Q2,,,,60,300\nrate,2024-25 Q2,sex,Female,,44,200\n"
          "rate,2024-25 Q2,sex,Male,,12,70\nrate,2024-25 Q2,sex,Not recorded,,4,30\n"}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        Disclosed d = disclose_tables(c.tables);
        require_safe(d);
        const Suppression* complement = nullptr;
        for (const auto& s : d.log.suppressions) {
            if (s.secondary && !complement) complement = &s;
        }
        REQUIRE(complement);
        // Its true value, from the figures the test wrote.
        std::string key = complement->indicator + "," + complement->period.code() + "," + complement->breakdown + "," +
                          complement->group + ",";
        auto at = c.tables.figures.find(key);
        REQUIRE(at != std::string::npos);
        auto fields = c.tables.figures.substr(at + key.size(), c.tables.figures.find('\n', at) - at - key.size());
        std::string value = fields.substr(0, fields.find(','));
        std::string numerator = fields.substr(fields.find(',') + 1);
        numerator = numerator.substr(0, numerator.find(','));
        std::string shown = complement->measure == "numerator" ? numerator : value;
        auto downloads = d.downloads;
        REQUIRE(publish_cell(downloads, complement->indicator, complement->period.code(), complement->breakdown,
                             complement->group, complement->measure, shown) > 0);
        AuditResult attacked = audit_downloads(downloads);
        CHECK_FALSE(attacked.exposed().empty());
    }
}

namespace {

const std::string survey_ages =
    "breakdowns:\n  - id: age\n    title: Age\n    groups: [18 to 24, 25 to 39, 40 and over]\n";

// Respect in two quarters, overall and by age: 18 to 24 rated 'poor' twice
// in Q1, a count the groups' sum and the overall row could give back.
const std::string respect_by_age =
    "2024-25 Q1,respect,good,12,,\n2024-25 Q1,respect,neither,8,,\n2024-25 Q1,respect,poor,9,,\n"
    "2024-25 Q2,respect,good,11,,\n2024-25 Q2,respect,neither,9,,\n2024-25 Q2,respect,poor,10,,\n"
    "2024-25 Q1,respect,good,6,age,18 to 24\n2024-25 Q1,respect,neither,6,age,18 to 24\n"
    "2024-25 Q1,respect,poor,2,age,18 to 24\n"
    "2024-25 Q1,respect,good,6,age,25 to 39\n2024-25 Q1,respect,neither,2,age,25 to 39\n"
    "2024-25 Q1,respect,poor,7,age,25 to 39\n"
    "2024-25 Q1,respect,good,0,age,40 and over\n2024-25 Q1,respect,neither,0,age,40 and over\n"
    "2024-25 Q1,respect,poor,0,age,40 and over\n"
    "2024-25 Q2,respect,good,5,age,18 to 24\n2024-25 Q2,respect,neither,5,age,18 to 24\n"
    "2024-25 Q2,respect,poor,5,age,18 to 24\n"
    "2024-25 Q2,respect,good,6,age,25 to 39\n2024-25 Q2,respect,neither,4,age,25 to 39\n"
    "2024-25 Q2,respect,poor,5,age,25 to 39\n"
    "2024-25 Q2,respect,good,0,age,40 and over\n2024-25 Q2,respect,neither,0,age,40 and over\n"
    "2024-25 Q2,respect,poor,0,age,40 and over\n";

const SurveyGroupTable* group_table(const PublishedSurvey& s, const std::string& theme, const std::string& group) {
    const SurveyTable* t = s.table(theme);
    if (!t) return nullptr;
    for (const auto& g : t->groups) {
        if (g.group == group) return &g;
    }
    return nullptr;
}

}  // namespace

TEST_CASE(
    "linked shape 22: interview ratings by group add up to the overall ratings, and no subtraction gives a "
    "small group back") {
    Disclosed d = disclose_tables({"", count("c"), "c,2024-25 Q1,,,10,,\n", respect_by_age, "", survey_ages});
    require_safe(d);
    REQUIRE(d.kpi.survey);
    const auto* young = group_table(*d.kpi.survey, "respect", "18 to 24");
    const auto* middle = group_table(*d.kpi.survey, "respect", "25 to 39");
    REQUIRE(young);
    REQUIRE(middle);
    CHECK_FALSE(young->rows[0].ratings[2].has_number());   // 2: primary
    CHECK_FALSE(middle->rows[0].ratings[1].has_number());  // 2: primary
    // 9 poor overall, less 7 and 0, would give the 2 back: a complement goes
    // in the same column (the overall row is dearer to hide than a group).
    const SurveyTable& all = *d.kpi.survey->table("respect");
    int hidden_poor = (middle->rows[0].ratings[2].has_number() ? 0 : 1) + (all.rows[0].ratings[2].has_number() ? 0 : 1);
    CHECK(hidden_poor >= 1);
    // The groups are in the ratings download, with [c], and the audit read them.
    std::string ratings;
    for (const auto& f : d.downloads) {
        if (f.path == "data/survey-ratings.csv") ratings = f.bytes;
    }
    CHECK(ratings.find("respect,Respect,age,Age,18 to 24,2024-25 Q1,April to June 2024,poor,Poor or very poor,[c]") !=
          std::string::npos);
    bool group_checked = false;
    for (const auto& f : d.audit.checked)
        group_checked = group_checked || describe_exposure(f).find("18 to 24") != std::string::npos;
    CHECK(group_checked);
}

TEST_CASE("the audit knows a breakdown's groups add up to the overall ratings") {
    Disclosed d = disclose_tables({"", count("c"), "c,2024-25 Q1,,,10,,\n", respect_by_age, "", survey_ages});
    REQUIRE_FALSE(d.errors);
    // A publisher who shows every group but one in a column of the overall
    // ratings that is shown too: the hidden group is the difference.
    std::vector<OutputFile> downloads = d.downloads;
    for (auto& f : downloads) {
        if (f.path != "data/survey-ratings.csv") continue;
        std::string out, line;
        std::size_t start = 0;
        while (start < f.bytes.size()) {
            std::size_t end = f.bytes.find('\n', start);
            line = f.bytes.substr(start, end - start);
            bool crlf = !line.empty() && line.back() == '\r';  // the downloads end their lines with CRLF
            if (crlf) line.pop_back();
            bool q1_poor = line.find(",2024-25 Q1,") != std::string::npos && line.find(",poor,") != std::string::npos;
            bool young = line.find(",18 to 24,") != std::string::npos;
            if (q1_poor && !young && line.size() > 3 && line.compare(line.size() - 3, 3, "[c]") == 0) {
                // show what the overall and the other groups really are: 9, 7 and 0
                std::string v = line.find(",25 to 39,") != std::string::npos      ? "7"
                                : line.find(",40 and over,") != std::string::npos ? "0"
                                                                                  : "9";
                line = line.substr(0, line.size() - 3) + v;
            }
            out += line + (crlf ? "\r\n" : "\n");
            start = end == std::string::npos ? f.bytes.size() : end + 1;
        }
        f.bytes = out;
    }
    AuditResult attacked = audit_downloads(downloads);
    bool young_pinned = false;
    for (const auto& f : attacked.exposed()) {
        std::string what = describe_exposure(f);
        if (what.find("18 to 24") != std::string::npos && what.find("2024-25 Q1") != std::string::npos)
            young_pinned = true;
    }
    CHECK(young_pinned);
}

TEST_CASE("the audit checks the figures of an indicator whose own rule rounds them, on a site that suppresses") {
    // Nothing is small, so nothing is hidden: the only figures to protect are
    // r's, rounded by its own 'method: round' though the site suppresses.
    Disclosed d = disclose_tables({sex,
                                   count("r",
                                         "    breakdowns: [sex]\n    disclosure:\n      method: round\n"
                                         "      reason: An audit sample of case files, not people.\n") +
                                       count("c"),
                                   "r,2024-25 Q2,,,62,,\nr,2024-25 Q2,sex,Female,31,,\nr,2024-25 Q2,sex,Male,21,,\n"
                                   "r,2024-25 Q2,sex,Not recorded,10,,\nc,2024-25 Q2,,,40,,\n"});
    require_safe(d);
    int rounded_checked = 0, others_checked = 0;
    for (const auto& f : d.audit.checked) (f.key.table == "r" ? rounded_checked : others_checked) += 1;
    CHECK(rounded_checked == 4);
    CHECK(others_checked == 0);
}

TEST_CASE("a group's hidden rating with no row in the survey file is placed at the overall row") {
    // 40 and over has no rows at all: its zeros, hidden here, still point
    // somewhere in the survey file the user can open.
    std::string rows;
    std::size_t start = 0;
    while (start < respect_by_age.size()) {
        std::size_t end = respect_by_age.find('\n', start);
        std::string line = respect_by_age.substr(start, end - start + 1);
        if (line.find("40 and over") == std::string::npos) rows += line;
        start = end + 1;
    }
    Disclosed d =
        disclose_tables({"", count("c"), "c,2024-25 Q1,,,10,,\n", rows, "  suppress_zeros: true\n", survey_ages});
    REQUIRE_FALSE(d.errors);
    int placed = 0;
    for (const auto& [id, pos] : d.kpi.hidden_sources) {
        if (id.find("40 and over") == std::string::npos) continue;
        INFO(id);
        CHECK(pos.file == "data/findings/survey.csv");
        CHECK(pos.line >= 2);
        ++placed;
    }
    CHECK(placed > 0);
}
