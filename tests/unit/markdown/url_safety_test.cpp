#include "markdown/url_safety.hpp"

#include <catch2/catch.hpp>

#include "markdown/raw_html_check.hpp"

using namespace candour;

TEST_CASE("dangerous schemes are read as a browser reads them") {
    CHECK(dangerous_scheme("javascript:alert(1)") == "javascript");
    CHECK(dangerous_scheme("JaVaScRiPt:alert(1)") == "javascript");
    CHECK(dangerous_scheme(" \x01javascript:x") == "javascript");  // leading spaces and controls dropped
    CHECK(dangerous_scheme("java\tscr\nipt:x") == "javascript");   // tabs and line breaks ignored
    CHECK(dangerous_scheme("vbscript:msgbox") == "vbscript");
    CHECK(dangerous_scheme("data:image/png;base64,AAAA") == "data");
    CHECK(dangerous_scheme("file:///C:/report.docx") == "file");
    CHECK_FALSE(dangerous_scheme("https://www.gov.uk"));
    CHECK_FALSE(dangerous_scheme("mailto:contact@example.org"));
    CHECK_FALSE(dangerous_scheme("../about/javascript:.md"));  // a relative path, no scheme
    CHECK_FALSE(dangerous_scheme("java script:x"));            // a space ends the scheme: a relative address
    CHECK_FALSE(dangerous_scheme("data.csv"));
}

TEST_CASE("raw HTML: dangerous addresses in address attributes and event handlers, at the attribute") {
    auto found = check_raw_html(
        "<p><a class=x href='&#x6A;avascript:go()'>a</a>"
        "<img srcset=\"a.png 1x, data:image/png,AA 2x\" alt=\"\">"
        "<svg><a xlink:href=\"javascript:x\">s</a></svg>"
        "<div onclick=\"go()\">d</div><!-- <a href=\"javascript:x\"> --></p>");
    REQUIRE(found.size() == 4);
    CHECK(found[0].offset == 14);
    CHECK(found[0].message ==
          "the HTML attribute 'href' is a 'javascript:' address, which runs a script instead of "
          "opening a page");
    CHECK(found[1].message.rfind("the HTML attribute 'srcset' is a 'data:' address", 0) == 0);
    CHECK(found[2].message.rfind("the HTML attribute 'xlink:href' is a 'javascript:'", 0) == 0);
    CHECK(found[3].message == "the HTML attribute 'onclick' runs a script when the reader uses the page");
}

TEST_CASE("raw HTML: ordinary attributes and text that merely mention a scheme are fine") {
    CHECK(check_raw_html("<a href=\"https://www.gov.uk\" title=\"javascript: a language\">x</a>").empty());
    CHECK(check_raw_html("<img src=\"chart.png\" alt=\"data: see the table\">").empty());
    CHECK(check_raw_html("<p>javascript:alert(1)</p>").empty());
    CHECK(check_raw_html("<details open><summary>More</summary></details>").empty());
}
