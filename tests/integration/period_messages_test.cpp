// Periods, dates and the words of the findings, tracker and action-plan
// pages come from the theme's catalogue on every page and file that shows
// them: a site that rewords a quarter, a month's dates, a status or the
// response's tag sees its words in the pages, the feed and the calendar.
#include <catch2/catch.hpp>

#include "support/rendered_site.hpp"
#include "support/theme_messages.hpp"

using namespace candour::testing;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const Files& westvale(const std::string& overrides) {
    static std::map<std::string, Files> built;
    auto it = built.find(overrides);
    if (it != built.end()) return it->second;
    Files site = read_tree(std::string(CANDOUR_SOURCE_DIR) + "/examples/westvale");
    if (!overrides.empty()) site["templates/overrides/messages/en-GB.po"] = po_header + overrides;
    RenderedFiles out = render_files(site, {2025, 3, 10});
    INFO(out.problems.size() << " problems; first: " << (out.problems.empty() ? "" : out.problems.front()));
    REQUIRE(!out.files.empty());
    return built.emplace(overrides, out.files).first->second;
}

const std::string cymraeg =
    "msgid \"period.quarter.3\"\nmsgstr \"Hydref i Ragfyr {year}\"\n\n"
    "msgid \"date.month.2\"\nmsgstr \"{day} Chwefror {year}\"\n\n"
    "msgid \"status.in_progress\"\nmsgstr \"ar y gweill\"\n\n"
    "msgid \"response.tag.on_time\"\nmsgstr \"Mewn pryd\"\n";

}  // namespace

TEST_CASE("the default theme's words for periods, dates and progress are on the sample's pages and files") {
    const Files& site = westvale("");
    CHECK(has(site.at("feed.xml"), "The figures for October to December 2024, published on 27 February 2025."));
    CHECK(has(site.at("releases.ics"), "figures for October to December 2024"));
    CHECK(has(site.at("trackers/index.html"), "tag--done\">On time"));
}

TEST_CASE("a site's catalogue rewords a quarter, a month's dates and the tags on every page and file") {
    const Files& site = westvale(cymraeg);
    CHECK(has(site.at("feed.xml"), "The figures for Hydref i Ragfyr 2024, published on 27 Chwefror 2025."));
    CHECK(
        !has(site.at("feed.xml"), "The figures for October to December 2024"));  // the summary after it is the editors'
    CHECK(has(site.at("releases.ics"), "figures for Hydref i Ragfyr 2024"));
    CHECK(has(site.at("trackers/index.html"), "tag--done\">Mewn pryd"));
    std::size_t reworded = 0, english = 0;
    for (const auto& [path, bytes] : site) {
        if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
        reworded += has(bytes, "tag--in-progress\">ar y gweill") ? 1 : 0;
        english += has(bytes, "tag--in-progress\">in progress") ? 1 : 0;
    }
    CHECK(reworded > 0);
    CHECK(english == 0);
}
