// The theme's own words and colours are theme data: a site changes one word
// in templates/overrides/messages/en-GB.po, or a chart colour in
// templates/overrides/theme.yaml, and the next build has it; a chart colour
// readers could not see against the background stops the build at its line.
#include <catch2/catch.hpp>

#include "load/theme_settings.hpp"
#include "support/chart_site.hpp"
#include "support/theme_messages.hpp"

using namespace candour::testing;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the site's catalogue changes the theme's own words on every page, and candour's pages' titles") {
    TempDir dir;
    Files site = chart_site();
    site["templates/overrides/messages/en-GB.po"] =
        po_header +
        "msgid \"theme.skip_link\"\nmsgstr \"Neidio i'r prif gynnwys\"\n\n"
        "msgid \"theme.footer.published_by\"\nmsgstr \"Cyhoeddwyd gan {organisation}.\"\n\n"
        "msgid \"page.a_to_z.title\"\nmsgstr \"Mynegai A i Y\"\n";
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "out"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Files out = read_tree(dir / "out");
    for (const char* page : {"index.html", "indicators/charges/index.html", "404.html"}) {
        INFO(page);
        CHECK(has(out[page], "<a class=\"skip-link\" href=\"#main-content\">Neidio i&apos;r prif gynnwys</a>"));
        CHECK(!has(out[page], "Skip to main content"));
        CHECK(has(out[page], "Cyhoeddwyd gan "));  // {organisation} filled in from site.yaml
    }
    CHECK(has(out["a-to-z/index.html"], "<h1>Mynegai A i Y</h1>"));
}

TEST_CASE("a site's chart colours in templates/overrides/theme.yaml colour its charts' specs and drawings") {
    TempDir dir;
    Files site = chart_site();
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "default"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Files before = read_tree(dir / "default");
    const std::string spec = "indicators/charges/charges-trend.vl.json";
    REQUIRE(before.count(spec));
    CHECK(has(before[spec], "\"#12436D\""));

    site["templates/overrides/theme.yaml"] =
        "chart_colours:\n  series: [\"#00703C\", \"#28A197\", \"#801650\", \"#D4351C\"]\n";
    write_files(dir / "src", site);
    run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "green"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Files after = read_tree(dir / "green");
    CHECK(has(after[spec], "\"#00703C\""));
    CHECK(!has(after[spec], "\"#12436D\""));
    CHECK(has(after[spec], "\"#0B0C0C\""));                         // the colours it leaves out stay the theme's
    CHECK(has(after["indicators/charges/index.html"], "#00703C"));  // the drawing on the page
    CHECK(!has(after["indicators/charges/index.html"], "#12436D"));
}

TEST_CASE("a chart colour without 3:1 against the background stops the build at its line, with a hint") {
    TempDir dir;
    Files site = chart_site();
    site["templates/overrides/theme.yaml"] =
        "chart_colours:\n  series: [\"#12436D\", \"#9ED6D1\", \"#801650\", \"#F46A25\"]\n  secondary_text: "
        "\"#777777\"\n";
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "out"});
    CHECK(run.exit_code == 1);
    CHECK(has(run.err,
              "templates/overrides/theme.yaml:2:23: error: chart colour 'series 2' (#9ED6D1) has a contrast of 1.6:1 "
              "with the chart background (#FFFFFF): WCAG 2.2 AA needs at least 3:1 for the parts of a chart"));
    CHECK(has(run.err, "hint: choose a darker colour"));
    CHECK(has(run.err,
              "templates/overrides/theme.yaml:3:19: error: chart colour 'secondary_text' (#777777) has a contrast of "
              "4.4:1 with the chart background (#FFFFFF): WCAG 2.2 AA needs at least 4.5:1 for text"));
    CHECK(read_tree(dir / "out").empty());
}

TEST_CASE("a chart colour YAML reads as a comment, or that is not a colour, is a located error") {
    TempDir dir;
    Files site = chart_site();
    site["templates/overrides/theme.yaml"] =
        "chart_colours:\n  text: #0B0C0C\n  axis: dark grey\n  gird: \"#EEEEEE\"\n";
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "out"});
    CHECK(run.exit_code == 1);
    CHECK(has(run.err, "templates/overrides/theme.yaml:2:3: error: chart colour 'text' has no value"));
    CHECK(has(run.err, "write the colour in quotes"));
    CHECK(has(run.err, "templates/overrides/theme.yaml:3:9: error: chart colour 'axis' is 'dark grey', not a colour"));
    CHECK(has(run.err, "unknown chart_colours key 'gird'"));
}

TEST_CASE("contrast ratios are WCAG 2.2's") {
    CHECK(candour::contrast_ratio("#FFFFFF", "#000000") == Approx(21.0));
    CHECK(candour::contrast_ratio("#767676", "#ffffff") == Approx(4.54).margin(0.01));  // the lightest grey for text
    CHECK(candour::contrast_ratio("#28A197", "#FFFFFF") >= 3.0);                        // the default palette passes
    CHECK(candour::contrast_ratio("#FFFFFF", "#FFFFFF") == Approx(1.0));
}
