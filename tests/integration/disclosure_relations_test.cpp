// The relations the catalogue declares for disclosure control: checked
// against the figures (a disagreement is an error at the figure), suggested
// when they hold but are not declared (a warning naming the line to add),
// and the catalogue keys that declare them. Also the notes beside hidden
// figures and the protection width.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const char* header = "indicator,period,breakdown,group,value,numerator,denominator\n";

std::string catalogue(const std::string& breakdowns, const std::string& indicators) {
    return "aims:\n  - id: aim-1\n    title: Aim 1\nbreakdowns:\n" + breakdowns + "indicators:\n" + indicators;
}
const std::string sex = "  - id: sex\n    title: Sex\n    groups: [Female, Male]\n";
std::string indicator(const std::string& id, const std::string& unit, const std::string& extra = "") {
    return "  - id: " + id + "\n    title: " + id + "\n    definition: D.\n    unit: " + unit +
           "\n    polarity: neutral\n    aim: aim-1\n" + extra;
}

struct Case {
    const char* name;
    Files changes;
    std::vector<std::string> expected;  // every error line, in order (or, with none, every warning line)
};

// The lines of one severity (": error: " or ": warning: ").
std::vector<std::string> problem_lines(const std::string& err, const char* severity) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(err)) {
        if (line.find(severity) != std::string::npos) out.push_back(line);
    }
    return out;
}

const std::vector<Case>& cases() {
    static const std::vector<Case> all = {
        {"a breakdown whose groups do not add up to the overall figure",
         {{"data/kpi/figures.csv", std::string(header) +
                                       "charges,2024-25 Q2,,,52,,\ncharges,2024-25 Q2,sex,Female,40,,\n"
                                       "charges,2024-25 Q2,sex,Male,10,,\n"}},
         {"data/kpi/figures.csv:2:22: error: charges 2024-25 Q2: the groups of breakdown 'sex' add up to 50, but this "
          "figure is 52"}},
        {"a declared numerator that is not the same count",
         {{"data/kpi/catalogue.yaml",
           catalogue(sex, indicator("charges", "count", "    breakdowns: [sex]\n") +
                              indicator("charge-rate", "percentage", "    numerator: charges\n"))},
          {"data/kpi/figures.csv",
           std::string(header) + "charges,2024-25 Q2,,,52,,\ncharge-rate,2024-25 Q2,,,,50,371\n"}},
         {"data/kpi/figures.csv:3:27: error: charge-rate 2024-25 Q2: the numerator is 50, but the catalogue says it is "
          "the figure of 'charges', which is 52"}},
        {"parts that do not add up",
         {{"data/kpi/catalogue.yaml", catalogue(sex, indicator("all", "count", "    parts: [adult, child]\n") +
                                                         indicator("adult", "count") + indicator("child", "count"))},
          {"data/kpi/figures.csv",
           std::string(header) + "all,2024-25 Q2,,,60,,\nadult,2024-25 Q2,,,50,,\nchild,2024-25 Q2,,,9,,\n"}},
         {"data/kpi/figures.csv:2:18: error: all 2024-25 Q2: its parts (adult, child) add up to 59, but this figure is "
          "60"}},
        {"a year to date that does not add up",
         {{"data/kpi/catalogue.yaml",
           catalogue(sex, indicator("c", "count") + indicator("ytd", "count", "    year_to_date: c\n"))},
          {"data/kpi/figures.csv", std::string(header) + "c,2024-25 Q1,,,30,,\nc,2024-25 Q2,,,20,,\n"
                                                         "ytd,2024-25 Q1,,,30,,\nytd,2024-25 Q2,,,51,,\n"}},
         {"data/kpi/figures.csv:5:18: error: ytd 2024-25 Q2: the figures of 'c' from April add up to 50, but this "
          "figure is 51"}},
        {"a numerator naming no indicator",
         {{"data/kpi/catalogue.yaml",
           catalogue(
               sex, indicator("charges", "count") + indicator("charge-rate", "percentage", "    numerator: charge\n"))},
          {"data/kpi/figures.csv", std::string(header) + "charges,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:21:16: error: 'numerator' names 'charge', which is not an indicator"}},
        {"a numerator on a count",
         {{"data/kpi/catalogue.yaml",
           catalogue(sex, indicator("charges", "count") + indicator("more", "count", "    numerator: charges\n"))},
          {"data/kpi/figures.csv", std::string(header) + "charges,2024-25 Q2,,,52,,\nmore,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:21:16: error: 'numerator' belongs to a percentage, and 'more' is a count"}},
        {"a year to date of a percentage",
         {{"data/kpi/catalogue.yaml",
           catalogue(sex, indicator("rate", "percentage") + indicator("ytd", "count", "    year_to_date: rate\n"))},
          {"data/kpi/figures.csv", std::string(header) + "rate,2024-25 Q2,,,,10,20\nytd,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:21:19: error: 'year_to_date' must name another indicator counted in numbers, and "
          "'rate' is a percentage"}},
        {"no total for groups that split one whole",
         {{"data/kpi/catalogue.yaml",
           catalogue("  - id: sex\n    title: Sex\n    groups: [Female, Male]\n    total: none\n",
                     indicator("c", "count"))},
          {"data/kpi/figures.csv", std::string(header) + "c,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:8:12: error: 'total: none' needs 'partition: false': groups that split one whole "
          "add "
          "up to it"}},
        {"an unknown total",
         {{"data/kpi/catalogue.yaml",
           catalogue("  - id: sex\n    title: Sex\n    groups: [Female, Male]\n    partition: false\n    total: all\n",
                     indicator("c", "count"))},
          {"data/kpi/figures.csv", std::string(header) + "c,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:9:12: error: unknown total 'all'"}},
        {"a crossed breakdown with groups of its own, and one naming no breakdown",
         {{"data/kpi/catalogue.yaml",
           catalogue(sex + "  - id: a\n    title: A\n    cross: [sex, age]\n"
                           "  - id: b\n    title: B\n    groups: [X]\n    cross: [sex, sex]\n",
                     indicator("c", "count"))},
          {"data/kpi/figures.csv", std::string(header) + "c,2024-25 Q2,,,52,,\n"}},
         {"data/kpi/catalogue.yaml:10:12: error: 'cross' names 'age', which is not a breakdown of its own groups",
          "data/kpi/catalogue.yaml:13:13: error: a breakdown with 'cross' has no 'groups' of its own"}},
        {"a note with a number beside a hidden figure",
         {{"data/kpi/figures.csv",
           "indicator,period,breakdown,group,value,note\ncharges,2024-25 Q2,,,52,\n"
           "charges,2024-25 Q2,sex,Female,48,\ncharges,2024-25 Q2,sex,Male,4,Revised from 3\n"}},
         {"data/kpi/figures.csv:4:31: error: the note on charges 2024-25 Q2 sex=Male contains a number, and that "
          "figure "
          "is hidden"}},
        {"a protection width below 2",
         {{"site.yaml",
           "title: T\norganisation: O\nbase_url: https://example.org/\ndisclosure:\n  protection_width: 1\n"}},
         {"site.yaml:5:21: error: 'protection_width' must be at least 2"}},
        {"a percentage whose numerators are another indicator's figures, undeclared",
         {{"data/kpi/figures.csv",
           std::string(header) + "charges,2024-25 Q1,,,44,,\ncharges,2024-25 Q2,,,52,,\ncharges,2024-25 Q3,,,47,,\n"
                                 "charges,2024-25 Q4,,,50,,\ncharge-rate,2024-25 Q1,,,,44,367\n"
                                 "charge-rate,2024-25 Q2,,,,52,371\ncharge-rate,2024-25 Q3,,,,47,350\n"
                                 "charge-rate,2024-25 Q4,,,,50,360\n"}},
         {"data/kpi/catalogue.yaml:16:5: warning: the numerators of 'charge-rate' equal the figures of 'charges' in "
          "all "
          "4 cells they share"}},
        {"overlapping groups whose overall figure is their sum, undeclared",
         {{"data/kpi/catalogue.yaml",
           catalogue("  - id: theme\n    title: Theme\n    groups: [Respect, Safety]\n    partition: false\n",
                     indicator("rating", "percentage", "    breakdowns: [theme]\n"))},
          {"data/kpi/figures.csv",
           std::string(header) + "rating,2024-25 Q1,,,,20,30\nrating,2024-25 Q1,theme,Respect,,12,15\n"
                                 "rating,2024-25 Q1,theme,Safety,,8,15\nrating,2024-25 Q2,,,,22,30\n"
                                 "rating,2024-25 Q2,theme,Respect,,10,15\nrating,2024-25 Q2,theme,Safety,,12,15\n"}},
         {"data/kpi/catalogue.yaml:5:5: warning: the groups of breakdown 'theme' add up to the overall figure of "
          "'rating' "
          "in all 2 periods"}},
    };
    return all;
}

}  // namespace

TEST_CASE("declared relations are checked, undeclared ones suggested, and each problem is located") {
    for (const auto& c : cases()) {
        DYNAMIC_SECTION(c.name) {
            TempDir dir;
            Files site = kpi_site();
            for (const auto& [path, bytes] : c.changes) site[path] = bytes;
            write_files(dir / "src", site);
            auto r = run_candour({"check", "--source", dir / "src"});
            INFO(r.err);
            bool errors = std::any_of(c.expected.begin(), c.expected.end(),
                                      [](const std::string& e) { return e.find(": error: ") != std::string::npos; });
            CHECK(r.exit_code == (errors ? 1 : 0));
            CHECK(starts_with_each(problem_lines(r.err, errors ? ": error: " : ": warning: "), c.expected));
        }
    }
}

TEST_CASE("the hint for an undeclared relation names the line to add and where") {
    TempDir dir;
    Files site = kpi_site();
    site["data/kpi/figures.csv"] = std::string(header) +
                                   "charges,2024-25 Q1,,,44,,\ncharges,2024-25 Q2,,,52,,\ncharges,2024-25 Q3,,,47,,\n"
                                   "charges,2024-25 Q4,,,50,,\ncharge-rate,2024-25 Q1,,,,44,367\n"
                                   "charge-rate,2024-25 Q2,,,,52,371\ncharge-rate,2024-25 Q3,,,,47,350\n"
                                   "charge-rate,2024-25 Q4,,,,50,360\n";
    write_files(dir / "src", site);
    auto r = run_candour({"check", "--source", dir / "src"});
    CHECK(r.err.find("hint: if they are the same counts, add 'numerator: charges' to indicator 'charge-rate' "
                     "(data/kpi/catalogue.yaml:16), so they are hidden together") != std::string::npos);
}
