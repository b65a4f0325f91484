// What the gate reads from each published file: the text readers get, with
// markup between characters gone and every attribute, comment and cell read.
#include "privacy/published_text.hpp"

#include <catch2/catch.hpp>

using namespace candour;

namespace {

std::string read(const std::string& path, const std::string& bytes) {
    return read_published({path, bytes}).text;
}

}  // namespace

TEST_CASE("published HTML: inline markup and comments between characters are dropped, blocks end a line") {
    CHECK(read("a.html", "<p>Call 077<strong>00</strong> 900123</p><p>Next</p>") == "call 07700 900123\nnext\na.html");
    CHECK(read("a.html", "<p>07700<!-- x -->900123</p>") == "07700900123\nx\na.html");
    CHECK(read("a.html", "<td>07700</td><td>900123</td>") == "07700\n900123\na.html");
    CHECK(read("a.html", "<p>07700 900123<sup>1</sup></p>") == "07700 900123 1\na.html");  // a footnote mark
}

TEST_CASE("published HTML: entities are decoded, named and numeric, as a browser shows them") {
    CHECK(read("a.html", "<p>jane&#64;example&#x2E;com &commat; &amp; &lt;x&gt;</p>") ==
          "jane@example.com @ & <x>\na.html");
    CHECK(read("a.html", "<p>a&#64b &unknownentity; &</p>") == "a@b &unknownentity; &\na.html");
}

TEST_CASE("published HTML: attribute values are read, decoded, after the text; chart geometry is not") {
    std::string html =
        "<a href=\"mailto:jane%40example.com\" title=\"J&amp;S\">write</a>"
        "<path d=\"M0 12.3 45.6 78.9 0 1\"/><img alt='07700 900123'>";
    CHECK(read("a.html", html) == "write\nmailto:jane@example.com\nj&s\n07700 900123\na.html");
}

TEST_CASE("published HTML and SVG: script and style content, titles and CDATA are read") {
    CHECK(read("a.html", "<title>A &amp; B</title><script>var a = '<p>x</p>';</script><p>t</p>") ==
          "a & b\nt\nvar a = '<p>x</p>';\na.html");
    CHECK(read("c.svg", "<svg><title>Charges</title><text><![CDATA[07700 900123]]></text></svg>") ==
          "charges\n07700 900123\nc.svg");
}

TEST_CASE("published downloads: each CSV cell and JSON string on its own, decoded") {
    CHECK(read("d.csv", "a,b\n\"x, \"\"quoted\"\"\",\"two\nlines\"\n") == "a\nb\nx, \"quoted\"\ntwo lines\nd.csv");
    CHECK(read("d.json", "{\"title\": \"jane\\u0040example.com\", \"n\": 7700900123, \"t\": \"a\\nb\"}") ==
          "title\njane@example.com\nn\nt\na b\nd.json");
}

TEST_CASE("published files: other text as it is, readable runs of binary files, and the path") {
    CHECK(read("robots.txt", "User-agent: *\n") == "user-agent: *\nrobots.txt");
    std::string png("\x89PNG\r\n\x1a\n\0\0\0 short \0 Author: jane@example.org \x01\x02", 44);
    CHECK(read("assets/i.png", png) == "author: jane@example.org\nassets\ni.png");
    CHECK(read("reports/call-07700%20900123/index.html", "") == "reports\ncall-07700 900123\nindex.html");
}
