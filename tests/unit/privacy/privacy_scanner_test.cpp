// The privacy gate's corpus (tests/data/privacy/): every identifying detail
// must be caught as its kind; realistic report sentences must be flagged at
// most 5% of the time, and the rate is printed so it can be watched.
#include "privacy/privacy_scanner.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

using namespace candour;

namespace {

SiteConfig test_config() {
    SiteConfig c;
    c.contact.email = "rasso.report@opcc.northmoor.example";
    c.contact.phone = "01632 960 400";
    c.contact.address = "Northmoor OPCC, 1 Civic Way, Northmoor";
    c.privacy.crime_reference_patterns = {{R"(\bNM\d{2}/\d{6}\b)", {}}, {R"(\bCRN ?\d{8}\b)", {}}};
    c.privacy.terms = {"Jane Example", "Rosewood Close", "Operation Nightjar"};
    c.privacy.allow = {"0808 802 9999", "help@helpline.example"};
    return c;
}

const PrivacyScanner& scanner() {
    static Diagnostics diags;
    static const PrivacyScanner s(test_config(), diags);
    return s;
}

// Lines of a corpus file, without blank lines and # comments.
std::vector<std::string> corpus(const std::string& name) {
    std::ifstream in(std::string(CANDOUR_TESTS_DIR) + "/data/privacy/" + name);
    REQUIRE(in.good());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line[0] != '#') lines.push_back(line);
    }
    return lines;
}

std::string describe(const std::vector<PrivacyHit>& hits) {
    std::string out;
    for (const auto& h : hits) out += h.kind + ": '" + h.text + "'; ";
    return out;
}

}  // namespace

TEST_CASE("the privacy corpus: every identifying detail is caught, as its kind") {
    auto lines = corpus("identifying.tsv");
    CHECK(lines.size() >= 150);
    std::map<std::string, int> per_kind;
    for (const auto& line : lines) {
        auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        std::string kind = line.substr(0, tab), sentence = line.substr(tab + 1);
        ++per_kind[kind];
        auto hits = scanner().scan(sentence);
        INFO(sentence << "\n  found: " << describe(hits));
        CHECK(std::any_of(hits.begin(), hits.end(), [&](const PrivacyHit& h) { return h.kind == kind; }));
    }
    // Every kind the gate knows has sentences of its own.
    for (const char* kind :
         {"email address", "phone number", "postcode", "National Insurance number", "date of birth",
          "crime reference number", "name with an age", "person's name", "street address", "listed name or term"}) {
        INFO(kind);
        CHECK(per_kind[kind] >= 8);
    }
}

TEST_CASE("the privacy corpus: realistic report language is rarely flagged (at most 5%)") {
    auto lines = corpus("clean.txt");
    CHECK(lines.size() >= 150);
    int flagged = 0;
    std::ostringstream which;
    for (const auto& sentence : lines) {
        auto hits = scanner().scan(sentence);
        if (hits.empty()) continue;
        ++flagged;
        which << "  " << sentence << "\n    " << describe(hits) << "\n";
    }
    double rate = 100.0 * flagged / static_cast<double>(lines.size());
    std::cout << "privacy corpus: " << flagged << " of " << lines.size() << " clean sentences flagged (" << rate
              << "% false alarms)\n"
              << which.str();
    INFO(which.str());
    CHECK(rate <= 5.0);
}

TEST_CASE("a hit says where it is and what it found") {
    auto hits = scanner().scan("Line one.\nCall 07700 900123 now.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].offset == 15);
    CHECK(hits[0].text == "07700 900123");
    CHECK(hits[0].kind == "phone number");
}

TEST_CASE("allowed text passes only as a whole: the organisation's own address, not a neighbour's") {
    CHECK(scanner().scan("Write to us at 1 Civic Way.").empty());
    auto hits = scanner().scan("She lives at 21 Civic Way.");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == "street address");
    CHECK(hits[0].text == "21 civic way");
}

TEST_CASE("an invalid crime reference pattern is reported at its place in site.yaml") {
    SiteConfig c;
    c.privacy.crime_reference_patterns = {{"NM(\\d{2}", {"site.yaml", 31, 7}}};
    Diagnostics diags;
    PrivacyScanner s(c, diags);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.sorted()[0].pos.line == 31);
}
