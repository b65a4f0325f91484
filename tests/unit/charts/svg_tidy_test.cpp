// The SVG clean-up that lets Vega's output sit inline in a page whose
// Content-Security-Policy blocks inline styles, with its text alternative.
#include "charts/svg_tidy.hpp"

#include <catch2/catch.hpp>

#include "charts/svg_cache.hpp"
#include "support/site_fixture.hpp"

using namespace candour;

TEST_CASE("style attributes become presentation attributes and style elements go") {
    std::string svg = tidy_svg(
        "<svg width=\"10\"><style>.a{fill:red}</style><text x=\"1\" style=\"fill: #123; font-weight: bold; "
        "mix-blend-mode: multiply\">5</text></svg>");
    CHECK(svg == "<svg width=\"10\"><text x=\"1\" fill=\"#123\" font-weight=\"bold\">5</text></svg>");
}

TEST_CASE("ids and the references to them get a prefix that each placement replaces") {
    std::string svg = tidy_svg(
        "<svg><g clip-path=\"url(#clip1)\"><path d=\"M1,2\"/></g><defs><clipPath id=\"clip1\"><rect width=\"5\"/>"
        "</clipPath></defs></svg>");
    CHECK(svg ==
          "<svg><g clip-path=\"url(#@chart@-clip1)\"><path d=\"M1,2\"/></g><defs><clipPath "
          "id=\"@chart@-clip1\"><rect width=\"5\"/></clipPath></defs></svg>");
    std::string placed = place_svg(svg, "chart-a", "Charges rose by 8", "Number & more <detail>");
    CHECK(placed ==
          "<svg role=\"img\" aria-labelledby=\"chart-a-title\" aria-describedby=\"chart-a-desc\"><title "
          "id=\"chart-a-title\">Charges rose by 8</title><desc id=\"chart-a-desc\">Number &amp; more "
          "&lt;detail&gt;</desc><g clip-path=\"url(#chart-a-clip1)\"><path d=\"M1,2\"/></g><defs><clipPath "
          "id=\"chart-a-clip1\"><rect width=\"5\"/></clipPath></defs></svg>");
}

TEST_CASE("mark roles and labels go, as do empty paths; coordinates keep two decimals") {
    std::string svg = tidy_svg(
        "<svg><g role=\"graphics-object\" aria-roledescription=\"x\"><path aria-label=\"a: 1\" "
        "transform=\"translate(41.666666666666664,3.0051)\" d=\"M2.739,0L10.5,0\"/><path d=\"\"/>"
        "<path class=\"background\" d=\"M0,0h0v0h0Z\"/><text>41.666666</text></g></svg>");
    CHECK(svg ==
          "<svg><g><path transform=\"translate(41.67,3.01)\" d=\"M2.74,0L10.5,0\"/><text>41.666666</text></g>"
          "</svg>");
}

TEST_CASE("a spec's cache key is the same on every run and changes with the spec or the renderer") {
    std::string key = spec_key("{\"mark\":\"bar\"}", "salt");
    CHECK(key == spec_key("{\"mark\":\"bar\"}", "salt"));
    CHECK(key.size() == 32);
    CHECK(key == "85bd24ddeefa876279faa31548babe9d");
    CHECK(key != spec_key("{\"mark\":\"line\"}", "salt"));
    CHECK(key != spec_key("{\"mark\":\"bar\"}", "other renderer"));
}

TEST_CASE("the SVG cache keeps what it is given and refuses a file cut short") {
    candour::testing::TempDir dir;
    SvgCache cache(dir / "charts");
    CHECK_FALSE(cache.get("abc"));
    REQUIRE(cache.put("abc", "<svg><g/></svg>"));
    CHECK(cache.get("abc") == "<svg><g/></svg>");
    candour::testing::write_files(dir / "charts", {{"cut.svg", "<svg><g"}});
    CHECK_FALSE(cache.get("cut"));
    SvgCache none("");
    CHECK(none.put("abc", "<svg></svg>"));
    CHECK_FALSE(none.get("abc"));
}
