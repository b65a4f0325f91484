// The Atom feed and the iCalendar file: the parts a feed reader or a
// calendar program would choke on.
#include "render/feed.hpp"

#include <catch2/catch.hpp>

#include "support/theme_messages.hpp"

using namespace candour;
using candour::testing::theme_messages;

namespace {

std::vector<std::string> split_crlf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);  // every line ends in CRLF
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

}  // namespace

TEST_CASE("an iCalendar line is folded at 75 octets, never inside a character") {
    std::string value = "SUMMARY:";
    for (int i = 0; i < 30; ++i) value += "Cwm Rhondda – ";  // the dash is 3 octets in UTF-8
    auto lines = split_crlf(icalendar_line(value));
    REQUIRE(lines.size() > 3);
    std::string unfolded = lines[0];
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].size() <= 75);
        if (i > 0) {
            CHECK(lines[i][0] == ' ');
            unfolded += lines[i].substr(1);
        }
        // No line starts in the middle of a UTF-8 character.
        std::size_t first = i == 0 ? 0 : 1;
        CHECK((static_cast<unsigned char>(lines[i][first]) & 0xC0) != 0x80);
    }
    CHECK(unfolded == value);
    CHECK(icalendar_line("VERSION:2.0") == "VERSION:2.0\r\n");
}

TEST_CASE("iCalendar text escapes what would end a value") {
    CHECK(icalendar_text("Figures; counts, rates\\ and\nnotes") == "Figures\\; counts\\, rates\\\\ and\\nnotes");
}

TEST_CASE("entry ids are tag URIs that do not depend on the build") {
    CHECK(tag_uri("https://www.OPCC.example:8443/rasso/", {2024, 8, 15}, "releases/2024-25-q1") ==
          "tag:www.opcc.example,2024-08-15:/rasso/releases/2024-25-q1");
    CHECK(host_of("http://user@example.org/") == "example.org");
}

TEST_CASE("the feed lists entries newest first and escapes their text") {
    SiteConfig config;
    config.title = "Rape & serious sexual offences";
    config.organisation = "Test OPCC";
    config.base_url = "https://example.org/rasso/";
    config.language = "en-GB";
    std::vector<FeedEntry> entries = {
        {"tag:example.org,2024-08-15:/rasso/releases/2024-25-q1",
         "Q1 <report>",
         {2024, 8, 15},
         "https://example.org/rasso/reports/q1/",
         "First."},
        {"tag:example.org,2024-11-14:/rasso/releases/2024-25-q2",
         "Q2 report",
         {2024, 11, 14},
         "https://example.org/rasso/reports/q2/",
         ""},
    };
    std::string xml = atom_feed(config, theme_messages(), entries, {2025, 1, 1});
    CHECK(xml.find("<title>New releases: Rape &amp; serious sexual offences</title>") != std::string::npos);
    CHECK(xml.find("<title>Q1 &lt;report&gt;</title>") != std::string::npos);
    CHECK(xml.find("<updated>2024-11-14T00:00:00Z</updated>") < xml.find("<entry>"));  // as new as its newest entry
    CHECK(xml.find("Q2 report") < xml.find("Q1 &lt;report"));
    CHECK(xml.find("<summary>First.</summary>") != std::string::npos);
    CHECK(atom_feed(config, theme_messages(), {}, {2025, 1, 1}).find("<updated>2025-01-01T00:00:00Z</updated>") !=
          std::string::npos);
}
