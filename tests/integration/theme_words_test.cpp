// The last words that were written in C++ or in the layouts (the interview
// themes and ratings, the browser title, the trackers', findings', action
// plans', revisions', indicators' and charts' words, the feed's and the
// calendar's names, the search script's sentences) come from the theme's catalogue: the sample site built
// with some of them overridden in templates/overrides/messages/en-GB.po
// says them in the site's words, and no longer in the theme's.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "support/site_fixture.hpp"
#include "support/theme_messages.hpp"

using namespace candour::testing;

namespace {

const char* const overrides = R"po(
msgid "survey.rating.good"
msgstr "Rated it good or better"

msgid "finding.theme.respect"
msgstr "Being respected"

msgid "finding.theme.respect.summary"
msgstr "Were people believed?"

msgid "page.head_title"
msgstr "{site} | {page}"

msgid "page.recommendation.heading"
msgstr "Item {number} ({item})"

msgid "page.recommendation.previous"
msgstr "Back to {item} {number}"

msgid "theme.tracker.addressed_to"
msgstr "For"

msgid "page.tracker.items"
msgstr "{items}, {progress}; others: {others}."

msgid "page.revisions.caption"
msgid_plural "page.revisions.caption"
msgstr[0] "Revised: {count} figure"
msgstr[1] "Revised: {count} figures"

msgid "theme.revisions.intro"
msgstr "Releases are kept as published."

msgid "calendar.name"
msgstr "Dates of releases from {site}"

msgid "theme.feed_title"
msgstr "Feed of {site}"

msgid "page.action_plan.update"
msgstr "{period} update, {progress}"

msgid "page.findings.round"
msgstr "{title} (published {date})"

msgid "theme.findings.said"
msgstr "What people told us"

msgid "page.kpi.compared_with"
msgstr "Against {period}: {amount}"

msgid "theme.indicator.latest"
msgstr "Newest figure"

msgid "page.release.heading"
msgstr "Key figures, {period}"

msgid "page.chart.downloads"
msgstr "Data: {csv}; chart: {spec}"

msgid "page.search.found"
msgid_plural "page.search.found"
msgstr[0] "{count} match for {query}"
msgstr[1] "{count} matches for {query}"

msgid "page.search.unavailable"
msgstr "No search here."

msgid "page.markdown.table"
msgstr "Figures table {number}"

msgid "page.markdown.notes"
msgstr "Footnotes"

msgid "page.markdown.back_to_content"
msgstr "Return to the text"
)po";

// The sample site with `overrides`, as the golden pages are built, and two
// pages of its own: a quarter's headline figures (the sample's reports
// with figures are frozen releases), and a table and a footnote in
// Markdown. Built once for every test here.
const Files& overridden_site() {
    static const Files site = [] {
        TempDir dir;
        Files sources = sample_sources(CANDOUR_SOURCE_DIR, {"content", "data", "templates", "releases", "static"});
        sources["templates/overrides/messages/en-GB.po"] = po_header + overrides;
        sources["content/release-words.md"] = "---\ntitle: \"Release words\"\nperiod: 2024-25 Q2\n---\n\nFigures.\n";
        sources["content/markdown-words.md"] =
            "---\ntitle: \"Markdown words\"\n---\n\nA note.[^1]\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n[^1]: The "
            "note.\n";
        write_files(dir / "src", sources);
        ::setenv("SOURCE_DATE_EPOCH", "1732060800", 1);
        auto run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "site"});
        ::unsetenv("SOURCE_DATE_EPOCH");
        INFO(run.err);
        REQUIRE(run.exit_code == 0);
        return read_tree(dir / "site");
    }();
    return site;
}

std::string page(const std::string& path) {
    auto it = overridden_site().find(path);
    REQUIRE(it != overridden_site().end());
    return it->second;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const std::string site_title = "Rape and serious sexual offences: quarterly report";

}  // namespace

TEST_CASE("the interview themes' titles and summaries and the ratings' headings are the catalogue's") {
    std::string respect = page("findings/respect/index.html");
    CHECK(has(respect, "<h1>Being respected</h1>"));
    CHECK(has(respect, "<p class=\"lead\">Were people believed?</p>"));
    CHECK(has(respect, ">Rated it good or better</th>"));
    CHECK(!has(respect, "Good or very good"));
    CHECK(has(respect, "Being respected: how victims and survivors rated the police"));
    CHECK(has(page("findings/index.html"), ">Being respected</a>"));
    // The download keeps its English names: it is data for programs.
    CHECK(has(page("data/survey-ratings.csv"), "Good or very good"));
}

TEST_CASE("the browser's title of a page is the catalogue's sentence; the home page's is the site's") {
    CHECK(has(page("findings/respect/index.html"), "<title>" + site_title + " | Being respected</title>"));
    CHECK(has(page("index.html"), "<title>" + site_title + "</title>"));
}

TEST_CASE("a tracker's and a recommendation's words are the catalogue's") {
    std::string rec = page("trackers/phase-1/recommendation-2/index.html");
    CHECK(has(rec, "<h1>Item 2 (Recommendation)</h1>"));
    CHECK(has(rec, "rel=\"prev\">Back to recommendation 1</a>"));
    CHECK(has(rec, "<dt>For</dt>"));
    CHECK(!has(rec, "Addressed to"));
    CHECK(has(page("trackers/phase-1/index.html"), "<th scope=\"col\">For</th>"));
    CHECK(has(page("trackers/index.html"), "13 recommendations, "));
}

TEST_CASE("the revisions page's words are the catalogue's") {
    std::string revisions = page("revisions/index.html");
    CHECK(has(revisions, "<caption>Revised: 8 figures</caption>"));
    CHECK(has(revisions, "<p>Releases are kept as published.</p>"));
}

TEST_CASE("the feed's and the release calendar's names are the catalogue's") {
    CHECK(has(page("feed.xml"), "<title>Feed of " + site_title + "</title>"));
    CHECK(has(page("releases.ics"), "X-WR-CALNAME:Dates of releases from"));
}

TEST_CASE("an action plan's and the findings' sentences are the catalogue's") {
    CHECK(has(page("action-plans/index.html"), "October to December 2024 update, 6 of 20 actions complete"));
    CHECK(has(page("findings/index.html"), "Interviews from April to December 2024 (published <time datetime="));
    CHECK(has(page("findings/respect/index.html"), "<dt>What people told us</dt>"));
}

TEST_CASE("an indicator's, a report's and a chart's words are the catalogue's") {
    std::string charges = page("indicators/charges/index.html");
    CHECK(has(charges, "Against April to June 2024: up 8"));
    CHECK(has(charges, "<h2 id=\"latest-figure\">Newest figure</h2>"));
    CHECK(has(charges, "Data: <a href=\"charges-trend.csv\">CSV</a>; chart: <a href="));
    CHECK(has(page("release-words/index.html"), ">Key figures, July to September 2024</h2>"));
}

TEST_CASE("the search page hands its script the catalogue's sentences, a form for each plural category") {
    std::string search = page("search/index.html");
    CHECK(has(search, "data-found-one=\"{count} match for {query}\""));
    CHECK(has(search, "data-found-other=\"{count} matches for {query}\""));
    CHECK(has(search, "data-unavailable=\"No search here.\""));
    CHECK(has(search, "data-none=\"No pages found for “{query}”."));
    // The script has no words of its own left.
    std::string script = page("assets/js/search.js");
    CHECK(!has(script, "pages found"));
    CHECK(!has(script, "not available"));
}

TEST_CASE("the words candour adds to a page's Markdown (tables' names, the footnotes) are the catalogue's") {
    std::string md = page("markdown-words/index.html");
    CHECK(has(md, "role=\"region\" aria-label=\"Figures table 1\""));
    CHECK(has(md, "class=\"footnotes__heading\">Footnotes</h2>"));
    CHECK(has(md, "aria-label=\"Return to the text\""));
    CHECK(!has(md, "Back to content"));
}
