// The release calendar as readers meet it: the calendar page, "Next
// update" on reports and indicators, releases.ics for their calendars and
// the Atom feed (checked against RFC 4287's schema), and the errors that
// keep a report's date and the calendar together.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "build/build.hpp"
#include "support/kpi_site.hpp"
#include "support/rendered_site.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

const char* calendar_yaml =
    "releases:\n"
    "  - period: 2024-25 Q1\n"
    "    date: 2024-08-15\n"
    "  - period: 2024-25 Q2\n"
    "    date: 2024-11-14\n"
    "  - period: 2024-25 Q3\n"
    "    date: 2025-02-13\n"
    "  - period: 2024-25 Q4\n"
    "    month: 2025-05\n";

// kpi_site has figures for 2024-25 Q1 and Q2.
Files site_with_calendar() {
    Files site = kpi_site();
    site["data/releases.yaml"] = calendar_yaml;
    site["content/reports/q1.md"] =
        "---\ntitle: Q1 report\nsummary: April to June in brief.\nperiod: 2024-25 Q1\ndate: 2024-08-15\n---\nQ1.\n";
    return site;
}

using Built = RenderedFiles;

// The KPI fixture's charts warn of their own (an empty breakdown's scale);
// these tests are about the calendar.
Built render(const Files& site, Date today) {
    Built built = render_files(site, today);
    std::erase_if(built.problems,
                  [](const std::string& p) { return p.find(": warning: chart: ") != std::string::npos; });
    return built;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// jing's verdict on `xml` against RFC 4287's schema: "" when valid.
std::string atom_schema_errors(const std::string& xml) {
    if (std::system("command -v jing >/dev/null 2>&1") != 0)
        return "jing is not installed: run scripts/install-deps.sh";
    TempDir dir;
    write_files(dir.path(), {{"feed.xml", xml}});
    std::string schema = std::string(CANDOUR_TESTS_DIR) + "/data/atom/atom.rnc";
    std::string command =
        "jing -c '" + schema + "' '" + (dir / "feed.xml") + "' > '" + (dir / "out.txt") + "' 2>/dev/null";
    int rc = std::system(command.c_str());
    std::ifstream in(dir / "out.txt");
    std::stringstream out;
    out << in.rdbuf();
    return rc == 0 ? "" : "jing: " + out.str();
}

}  // namespace

TEST_CASE("the release calendar lists what is coming, soonest first, then what was published") {
    Built built = render(site_with_calendar(), {2024, 11, 20});
    CHECK(built.problems == std::vector<std::string>{});
    REQUIRE(built.files.count("releases/index.html"));
    const std::string& page = built.files["releases/index.html"];
    auto upcoming = page.find("<h2 id=\"upcoming-releases\">");
    auto past = page.find("<h2 id=\"past-releases\">");
    REQUIRE(upcoming < past);
    CHECK(contains(page,
                   "<tr><th scope=\"row\">October to December 2024</th><td><time datetime=\"2025-02-13\">13 "
                   "February 2025</time></td></tr>"));
    CHECK(contains(page,
                   "<time datetime=\"2025-05\">May 2025</time> <strong class=\"tag tag--provisional\">"
                   "Provisional</strong>"));
    // Past releases link to the report that published them, where there is one.
    CHECK(contains(page, "<tr><th scope=\"row\"><a href=\"../reports/q1/\">April to June 2024</a></th>"));
    CHECK(contains(page,
                   "<tr><th scope=\"row\">July to September 2024</th><td><time datetime=\"2024-11-14\">14 "
                   "November 2024</time></td></tr>"));
    CHECK(page.find("July to September 2024") < page.find("April to June 2024"));  // newest first
    // Every page leads to it, to the A to Z and to search.
    CHECK(contains(built.files["index.html"], "<a href=\"releases/\">Release calendar</a>"));
    CHECK(contains(built.files["index.html"], "<a href=\"a-to-z/\">A to Z of pages</a>"));
}

TEST_CASE("a report page says when the next figures come out, from the calendar") {
    Files site = site_with_calendar();
    Built before = render(site, {2024, 11, 20});
    CHECK(contains(before.files["reports/q1/index.html"],
                   "<div><dt>Next update</dt> <dd><time datetime=\"2025-02-13\">13 February 2025</time>. <a "
                   "href=\"../../releases/\">Release calendar</a></dd></div>"));
    Built later = render(site, {2025, 2, 13});
    CHECK(contains(later.files["reports/q1/index.html"], "<time datetime=\"2025-05\">May 2025</time> (provisional)."));
    Built after_all = render(site, {2025, 6, 1});
    CHECK(contains(after_all.files["reports/q1/index.html"], "<dt>Next update</dt> <dd>not yet announced."));
    // A page that is not a report has no "Next update".
    CHECK_FALSE(contains(before.files["index.html"], "Next update"));
}

TEST_CASE("indicator pages say when their next figures come out") {
    Files site = kpi_site();
    site["data/releases.yaml"] = "releases:\n  - period: 2024-25 Q3\n    month: 2025-02\n";
    Built built = render(site, {2024, 11, 20});
    CHECK(built.problems == std::vector<std::string>{});
    REQUIRE(built.files.count("indicators/charges/index.html"));
    CHECK(contains(built.files["indicators/charges/index.html"],
                   "<div><dt>Next update</dt> <dd><time datetime=\"2025-02\">February 2025</time> (provisional)."));
}

TEST_CASE("releases.ics holds one all-day event per confirmed release, in RFC 5545's form") {
    Built built = render(site_with_calendar(), {2024, 11, 20});
    REQUIRE(built.files.count("releases.ics"));
    const std::string& ics = built.files["releases.ics"];
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    for (std::size_t at = ics.find('\n'); at != std::string::npos; at = ics.find('\n', at + 1)) {
        REQUIRE(ics[at - 1] == '\r');  // every line ends in CRLF
    }
    CHECK(contains(ics,
                   "UID:example.org/rasso/releases/2024-25-q1\r\nDTSTAMP:20241120T000000Z\r\n"
                   "DTSTART;VALUE=DATE:20240815\r\nDTEND;VALUE=DATE:20240816\r\n"));
    CHECK(contains(ics, "URL:https://example.org/rasso/reports/q1/\r\n"));
    // A provisional month is no event: it has no day to put it on.
    std::size_t events = 0;
    for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
    CHECK(events == 3);
    CHECK_FALSE(contains(ics, "January to March 2025"));
    // Two builds on the same day give the same bytes.
    CHECK(render(site_with_calendar(), {2024, 11, 20}).files["releases.ics"] == ics);
}

TEST_CASE("the feed of releases is valid Atom, and the check would catch one that is not") {
    Built built = render(site_with_calendar(), {2024, 11, 20});
    const std::string& feed = built.files["feed.xml"];
    CHECK(atom_schema_errors(feed) == "");
    // One entry: the release whose report is published.
    CHECK(contains(feed, "<id>tag:example.org,2024-08-15:/rasso/releases/2024-25-q1</id>"));
    CHECK(
        contains(feed, "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/rasso/reports/q1/\"/>"));
    CHECK(contains(feed,
                   "<summary>The figures for April to June 2024, published on 15 August 2024. April to June in "
                   "brief.</summary>"));
    CHECK_FALSE(contains(feed, "2024-25-q2"));
    // Every page points feed readers at it.
    CHECK(contains(built.files["reports/q1/index.html"],
                   "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\""));

    std::string broken = feed;
    broken.erase(broken.find("<updated>"), std::string("<updated>2024-08-15T00:00:00Z</updated>").size());
    CHECK(atom_schema_errors(broken) != "");
}

TEST_CASE("the sample site's feed is valid Atom") {
    Built built = render_source(CANDOUR_SOURCE_DIR, {2024, 11, 20});
    CHECK(built.problems == std::vector<std::string>{});
    const std::string& feed = built.files["feed.xml"];
    CHECK(atom_schema_errors(feed) == "");
    CHECK(contains(feed, "<title>Quarterly report: July to September 2024</title>"));
}

TEST_CASE("a report whose date differs from the release calendar is an error at its date") {
    Files site = site_with_calendar();
    site["data/releases.yaml"] =
        "releases:\n  - period: 2024-25 Q1\n    date: 2024-08-15\n  - period: 2024-25 Q2\n    month: 2024-11\n";
    site["content/reports/q1.md"] = "---\ntitle: Q1 report\nperiod: 2024-25 Q1\ndate: 2024-08-16\n---\nQ1.\n";
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\nperiod: 2024-25 Q2\ndate: 2024-12-02\n---\nQ2.\n";
    Built built = render(site, {2024, 11, 20});
    REQUIRE(built.problems.size() == 2);
    CHECK(built.problems[0] ==
          "content/reports/q1.md:4:7: error: this report is dated 16 August 2024, but the release calendar announces "
          "2024-25 Q1 for 15 August 2024\n  hint: the page is published on its 'date': make it the same as line 3 of "
          "data/releases.yaml, or correct the calendar if the release moved");
    CHECK(built.problems[1] ==
          "content/reports/q2.md:4:7: error: this report is dated 2 December 2024, but the release calendar expects "
          "2024-25 Q2 in November 2024\n  hint: confirm the day in data/releases.yaml (line 5): replace 'month' with "
          "'date: 2024-12-02'");
}

TEST_CASE("a report missing from the release calendar, or still provisional there, is a warning") {
    Files site = site_with_calendar();
    site["data/releases.yaml"] = "releases:\n  - period: 2024-25 Q2\n    month: 2024-11\n";
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\nperiod: 2024-25 Q2\ndate: 2024-11-14\n---\nQ2.\n";
    Built built = render(site, {2024, 11, 20});
    CHECK(built.problems ==
          std::vector<std::string>{
              "content/reports/q1.md:4:9: warning: the figures for 2024-25 Q1 are not in the release calendar\n"
              "  hint: add '- period: 2024-25 Q1' with the day they are published to data/releases.yaml",
              "data/releases.yaml:3:12: warning: 2024-25 Q2 is still provisional here, but content/reports/q2.md is "
              "dated "
              "14 November 2024\n  hint: confirm the day: replace 'month: 2024-11' with 'date: 2024-11-14'"});
}
