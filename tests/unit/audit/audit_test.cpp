// The attacker's audit on figures written by hand, as a reader would find
// them in downloads: what it can work out, and what it must not claim.
#include "audit/audit.hpp"

#include <catch2/catch.hpp>

#include "audit/disclosure_metadata.hpp"
#include "kpi/download_row.hpp"

using namespace candour;

namespace {

const char* header =
    "indicator,indicator_title,period,period_label,breakdown,group,value,numerator,denominator,unit,status,note\r\n";

DisclosureMetadata survey_rating_metadata(bool total_is_sum) {
    DisclosureMetadata meta;
    Breakdown themes{"theme", "Theme", {"Respect", "Sensitivity", "Knowledge", "Effectiveness", "Safety"},
                     {},      false,   total_is_sum,
                     {}};
    meta.catalogue.breakdowns["theme"] = themes;
    Indicator ind;
    ind.id = "rating";
    ind.unit = Unit::percentage;
    ind.decimals = 1;
    ind.breakdowns = {"theme"};
    meta.catalogue.indicators.push_back(ind);
    meta.catalogue.build_index();
    return meta;
}

std::string row(const std::string& group, const std::string& value, const std::string& n, const std::string& d) {
    return "rating,Rating,2024-25 Q1,April to June 2024," + std::string(group.empty() ? "" : "theme") + "," + group +
           "," + value + "," + n + "," + d + ",percentage,,\r\n";
}

// The sample site's figures for April to June 2024 as the landed build
// published them: Respect hidden, every other theme and the overall shown.
std::string survey_leak() {
    return std::string(header) + row("", "61.3", "46", "75") + row("Respect", "[c]", "[c]", "15") +
           row("Sensitivity", "66.7", "10", "15") + row("Knowledge", "60.0", "9", "15") +
           row("Effectiveness", "40.0", "6", "15") + row("Safety", "66.7", "10", "15");
}

AuditResult audit(const std::string& csv, const DisclosureMetadata& meta) {
    Diagnostics diags;
    AuditResult r = audit_files({{"data/kpi-2024-25-q1.csv", csv}}, meta, diags);
    REQUIRE_FALSE(diags.has_errors());
    return r;
}

}  // namespace

TEST_CASE("the audit works out the sample site's hidden survey figure once the overall is known to be the sum") {
    AuditResult r = audit(survey_leak(), survey_rating_metadata(true));
    auto exposed = r.exposed();
    REQUIRE(exposed.size() == 1);
    CHECK(exposed[0].key.label() == "rating 2024-25 Q1 theme=Respect (numerator)");
    CHECK(exposed[0].pinned());
    CHECK(exposed[0].where.file == "data/kpi-2024-25-q1.csv");
    CHECK(exposed[0].where.line == 3);
    CHECK(describe_exposure(exposed[0]) ==
          "hidden figure rating 2024-25 Q1 theme=Respect (numerator) can be worked out exactly from the published "
          "figures");
    // Never the value: the message would be the same for any Respect figure.
    CHECK(describe_exposure(exposed[0]).find("11") == std::string::npos);
}

TEST_CASE("without the relation, the same figures leave the hidden one between 0 and its denominator") {
    AuditResult r = audit(survey_leak(), survey_rating_metadata(false));
    CHECK(r.exposed().empty());
    REQUIRE(r.checked.size() == 1);
    CHECK(r.checked[0].low == 0);
    CHECK(r.checked[0].high == 15);  // a numerator is at most its denominator; a group at most the overall 46
}

TEST_CASE("a published percentage and denominator give a hidden numerator back, within rounding") {
    DisclosureMetadata meta = survey_rating_metadata(false);
    // 73.3% of 15 can only be 11.
    AuditResult r = audit(std::string(header) + row("Respect", "73.3", "[c]", "15"), meta);
    REQUIRE(r.exposed().size() == 1);
    CHECK(r.exposed()[0].pinned());
    // With no decimals, 70% of 50 allows 69.5% to 70.5%, 34.75 to 35.25 people: only 35.
    meta.catalogue.indicators[0].decimals = 0;
    AuditResult coarse = audit(std::string(header) + row("Respect", "70", "[c]", "50"), meta);
    REQUIRE(coarse.exposed().size() == 1);
    CHECK(coarse.exposed()[0].pinned());
}

TEST_CASE("a count hidden in one download and shown in another is exposed where it is hidden") {
    DisclosureMetadata meta = survey_rating_metadata(false);
    Diagnostics diags;
    AuditResult r = audit_files({{"data/a.csv", std::string(header) + row("Respect", "[c]", "[c]", "15")},
                                 {"data/b.csv", std::string(header) + row("Respect", "73.3", "11", "15")}},
                                meta, diags);
    REQUIRE(r.exposed().size() == 1);
    CHECK(r.exposed()[0].where.file == "data/a.csv");
    CHECK(r.files == 2);
}

TEST_CASE("figures that contradict each other are reported, not attacked") {
    DisclosureMetadata meta = survey_rating_metadata(false);
    Diagnostics diags;
    AuditResult r = audit_files({{"data/a.csv", std::string(header) + row("Respect", "73.3", "11", "15")},
                                 {"data/b.csv", std::string(header) + row("Respect", "80.0", "12", "15")}},
                                meta, diags);
    REQUIRE_FALSE(r.contradictions.empty());
    CHECK(r.contradictions[0].find("published as two different figures") != std::string::npos);
}

TEST_CASE("rounded counts are only exposed when a reader can pin them to one value") {
    DisclosureMetadata meta;
    meta.rounded = true;
    meta.rounding_base = 5;
    meta.catalogue.breakdowns["sex"] = {"sex", "Sex", {"Female", "Male"}, {}, true, true, {}};
    Indicator c;
    c.id = "c";
    c.breakdowns = {"sex"};
    meta.catalogue.indicators.push_back(c);
    meta.catalogue.build_index();
    auto csv = [](const std::string& total, const std::string& female, const std::string& male) {
        std::string out = header;
        for (auto [g, v] : {std::pair{"", total}, {"Female", female}, {"Male", male}}) {
            out += std::string("c,C,2024-25 Q1,April to June 2024,") + (*g ? "sex" : "") + "," + g + "," + v +
                   ",,,count,,\r\n";
        }
        return out;
    };
    // 5 = 5 + 0: each could be a few either side.
    CHECK(audit(csv("5", "5", "0"), meta).exposed().empty());
    // A total rounded to 0 (0 to 2) and a group rounded to 5 (3 to 7) cannot both hold: a contradiction.
    Diagnostics diags;
    CHECK_FALSE(audit_files({{"data/c.csv", csv("0", "5", "0")}}, meta, diags).contradictions.empty());
}

TEST_CASE("cells a spreadsheet would run are read back as the text they stand for") {
    DisclosureMetadata meta = survey_rating_metadata(false);
    // A group written as a formula is neutralised with a leading apostrophe in the download.
    meta.catalogue.breakdowns["theme"].groups.push_back("=Other");
    AuditResult r = audit(
        std::string(header) + "rating,Rating,2024-25 Q1,April to June 2024,theme,'=Other,[c],[c],15,percentage,,\r\n",
        meta);
    REQUIRE(r.checked.size() == 1);
    CHECK(r.checked[0].key.group == "=Other");
}

TEST_CASE("the published metadata reads back as it was written") {
    DisclosureMetadata meta = survey_rating_metadata(true);
    meta.catalogue.indicators[0].numerator_of = "charges";
    meta.survey_themes = {"respect"};
    meta.protection_width = 4;
    Diagnostics diags;
    auto back = read_disclosure_metadata("data/disclosure.json", disclosure_metadata_json(meta), diags);
    REQUIRE(back);
    CHECK(disclosure_metadata_json(*back) == disclosure_metadata_json(meta));
    CHECK(back->catalogue.indicator("rating")->numerator_of == "charges");
    CHECK(back->protection_width == 4);
    CHECK_FALSE(read_disclosure_metadata("data/disclosure.json", "{\"format\": \"other\"}", diags));
    CHECK(diags.has_errors());
}
