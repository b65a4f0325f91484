#include <catch2/catch.hpp>

#include "support/memory_site.hpp"

using namespace candour;
using namespace candour::testing;

TEST_CASE("content files become pages at folder-style addresses, sections from folders") {
    auto files = minimal_site();
    files["content/about/methodology.md"] = "---\ntitle: Methodology\n---\n";
    files["content/Accessibility Statement.md"] = "---\ntitle: Accessibility\n---\n";
    MemorySite site(files);
    CHECK(site.problems().empty());
    std::map<std::string, std::string> url_of;
    for (const auto& r : site.routes.pages) url_of[r.title] = r.url;
    CHECK(url_of["Home"] == "");
    CHECK(url_of["Reports"] == "reports/");
    CHECK(url_of["Q1 report"] == "reports/q1/");
    CHECK(url_of["Methodology"] == "about/methodology/");
    CHECK(url_of["About"] == "about/");  // a folder without _index.md still gets a section page
    CHECK(url_of["Accessibility"] == "accessibility-statement/");
    CHECK(url_of["Page not found"] == "404.html");
}

TEST_CASE("drafts are never routed, but are remembered to explain links to them") {
    auto files = minimal_site();
    files["content/reports/q3.md"] = "---\ntitle: Q3\ndraft: true\n---\n";
    MemorySite site(files);
    CHECK(site.routes.find("reports/q3.md") == nullptr);
    CHECK(site.routes.draft_paths.count("reports/q3.md") == 1);
    for (const auto& r : site.routes.pages) CHECK(r.title != "Q3");
}

TEST_CASE("a section lists its pages by weight, then newest first") {
    auto files = minimal_site();
    files["content/reports/q2.md"] = "---\ntitle: Q2 report\ndate: 2024-11-14\n---\n";
    files["content/reports/intro.md"] = "---\ntitle: Introduction\nweight: 1\ndate: 2020-01-01\n---\n";
    MemorySite site(files);
    const Route* reports = site.routes.find("reports/_index.md");
    REQUIRE(reports);
    std::vector<std::string> titles;
    for (int i : reports->children) titles.push_back(site.routes.pages[static_cast<std::size_t>(i)].title);
    CHECK(titles == std::vector<std::string>{"Introduction", "Q2 report", "Q1 report"});
}

TEST_CASE("two files published at the same address are reported") {
    auto files = minimal_site();
    files["content/reports/q1-copy.md"] = "---\ntitle: Copy\nslug: q1\n---\n";
    MemorySite site(files);
    auto p = site.problems();
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("content/reports/q1.md:1:1: error: this page would be published at /reports/q1/, like "
                     "content/reports/q1-copy.md",
                     0) == 0);
}

TEST_CASE("links between pages are relative, so the site works in any folder") {
    MemorySite site(minimal_site());
    const Route& home = site.routes.home();
    const Route* q1 = site.routes.find("reports/q1.md");
    const Route* reports = site.routes.find("reports/_index.md");
    REQUIRE(q1);
    REQUIRE(reports);
    CHECK(link_between(*q1, home, "/rasso/") == "../../");
    CHECK(link_between(*q1, *reports, "/rasso/") == "../../reports/");
    CHECK(link_between(home, *q1, "/rasso/") == "reports/q1/");
    CHECK(link_between(home, home, "/rasso/") == "./");
    const Route& not_found = site.routes.pages.back();
    CHECK(link_between(not_found, *q1, "/rasso/") == "/rasso/reports/q1/");
}

TEST_CASE("slugs keep letters and digits and drop apostrophes") {
    CHECK(slugify("Victims' Code compliance") == "victims-code-compliance");
    CHECK(slugify("Aim 1: outcome justice") == "aim-1-outcome-justice");
    CHECK(slugify("  --ISVA--  ") == "isva");
    CHECK(slugify("2024-25 Q1") == "2024-25-q1");
}

TEST_CASE("every site gets an A to Z and a search page; a calendar needs data/releases.yaml") {
    auto files = minimal_site();
    MemorySite plain(files);
    std::map<std::string, std::string> url_of;
    for (const auto& r : plain.routes.pages) url_of[r.title] = r.url;
    CHECK(url_of["A to Z"] == "a-to-z/");
    CHECK(url_of["Search"] == "search/");
    CHECK(url_of.count("Release calendar") == 0);

    files["data/releases.yaml"] = "releases:\n  - period: 2024-25 Q1\n    date: 2024-08-15\n";
    files["content/releases/_index.md"] = "---\ntitle: When we publish\n---\nOur dates.\n";
    MemorySite with_calendar(files);
    CHECK(with_calendar.problems().empty());
    const Route* calendar = with_calendar.routes.find("releases/_index.md");
    REQUIRE(calendar);
    CHECK(calendar->kind == PageKind::release_calendar);
    CHECK(calendar->title == "When we publish");  // a content/<dir>/_index.md gives the title and introduction
    CHECK(calendar->url == "releases/");
}

TEST_CASE("a page at the search page's address is reported, with where to put it instead") {
    auto files = minimal_site();
    files["content/search.md"] = "---\ntitle: Find\n---\n";
    MemorySite site(files);
    CHECK(site.problems() == std::vector<std::string>{
                                 "content/search.md:1:1: error: this page would be published at /search/, the address "
                                 "of the section content/search/\n  hint: move the page into the folder as "
                                 "content/search/_index.md, or rename it"});
}
