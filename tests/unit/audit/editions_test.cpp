// The audit with releases still online: each release's downloads are an
// edition of their own, joined to the current figures through every figure
// a later edition does not mark revised.
#include <catch2/catch.hpp>

#include "audit/audit.hpp"
#include "audit/disclosure_metadata.hpp"

using namespace candour;

namespace {

const char* header =
    "indicator,indicator_title,period,period_label,breakdown,group,value,numerator,denominator,unit,status,note\r\n";

DisclosureMetadata sex_metadata() {
    DisclosureMetadata meta;
    Breakdown sex{"sex", "Sex", {"Female", "Male", "Not recorded"}, {}, false, true, {}};
    meta.catalogue.breakdowns["sex"] = sex;
    Indicator ind;
    ind.id = "charges";
    ind.unit = Unit::count;
    ind.breakdowns = {"sex"};
    meta.catalogue.indicators.push_back(ind);
    meta.catalogue.build_index();
    meta.editions.push_back({"2024-25 Q1", {"data/kpi-2024-25-q1.csv"}});
    return meta;
}

std::string row(const std::string& group, const std::string& value, const std::string& status = "") {
    return "charges,Charges,2024-25 Q1,April to June 2024," + std::string(group.empty() ? "" : "sex") + "," + group +
           "," + value + ",,,count," + status + ",\r\n";
}

// As released: Male and Not recorded hidden together, so neither is known.
std::string released() {
    return header + row("", "41") + row("Female", "35") + row("Male", "[c]") + row("Not recorded", "[c]");
}

AuditResult audit(const std::string& now, const DisclosureMetadata& meta) {
    Diagnostics diags;
    AuditResult r =
        audit_files({{"data/indicators/charges.csv", now}, {"data/kpi-2024-25-q1.csv", released()}}, meta, diags);
    REQUIRE_FALSE(diags.has_errors());
    return r;
}

}  // namespace

bool exposes(const AuditResult& r, const std::string& label) {
    for (const auto& f : r.exposed()) {
        if (f.key.label() == label) return f.pinned();
    }
    return false;
}

TEST_CASE("an unrevised complement hidden in a release and shown now gives the other hidden figure away") {
    // Not recorded is not marked r, so it is the 4 the release hid: with the
    // release's total and Female, Male is 41 - 35 - 4.
    std::string now =
        header + row("", "42", "r") + row("Female", "[c]", "r") + row("Male", "[c]") + row("Not recorded", "4");
    AuditResult r = audit(now, sex_metadata());
    CHECK(exposes(r, "charges 2024-25 Q1 sex=Male"));
    CHECK(r.contradictions.empty());
    // Without the release beside them, the current figures alone hide Male.
    DisclosureMetadata alone = sex_metadata();
    alone.editions.clear();
    Diagnostics diags;
    AuditResult only_now = audit_files({{"data/indicators/charges.csv", now}}, alone, diags);
    CHECK_FALSE(exposes(only_now, "charges 2024-25 Q1 sex=Male"));
}

TEST_CASE("a figure revised since the release is a new figure: the old one stays protected") {
    // Not recorded changed (r): the release's hidden one is not this 4.
    std::string now =
        header + row("", "45", "r") + row("Female", "[c]", "r") + row("Male", "[c]") + row("Not recorded", "[c]", "r");
    AuditResult r = audit(now, sex_metadata());
    CHECK(r.exposed().empty());
    CHECK(r.contradictions.empty());
}

TEST_CASE("two editions showing different figures are not a contradiction when the later marks it revised") {
    std::string now =
        header + row("", "44", "r") + row("Female", "38", "r") + row("Male", "[c]") + row("Not recorded", "[c]");
    AuditResult r = audit(now, sex_metadata());
    CHECK(r.contradictions.empty());
    CHECK(r.exposed().empty());
}

TEST_CASE("a figure changed without r is a contradiction: a reader cannot tell which edition to believe") {
    std::string now =
        header + row("", "44") + row("Female", "38", "r") + row("Male", "[c]") + row("Not recorded", "[c]");
    AuditResult r = audit(now, sex_metadata());
    REQUIRE_FALSE(r.contradictions.empty());
    CHECK(r.contradictions[0].find("charges 2024-25 Q1") != std::string::npos);
}

TEST_CASE("the releases are written to data/disclosure.json and read back") {
    DisclosureMetadata meta = sex_metadata();
    Diagnostics diags;
    auto back = read_disclosure_metadata("data/disclosure.json", disclosure_metadata_json(meta), diags);
    REQUIRE(back);
    REQUIRE(back->editions.size() == 1);
    CHECK(back->editions[0].release == "2024-25 Q1");
    CHECK(back->editions[0].files == std::vector<std::string>{"data/kpi-2024-25-q1.csv"});
}
