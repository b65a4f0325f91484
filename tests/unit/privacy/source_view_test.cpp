// The gate finds what it found in the output again in the sources, however
// the source wrote it: entities, escapes, emphasis, markup, template tags.
#include "privacy/source_view.hpp"

#include <catch2/catch.hpp>

#include "privacy/source_index.hpp"

using namespace candour;

namespace {

std::string key(const std::string& text, SourceReading r = SourceReading::text, bool mustache = false) {
    return read_source(text, r, mustache).key;
}

}  // namespace

TEST_CASE("source view: every way of writing '@' in a source reads as '@'") {
    for (const char* s : {"jane@example.com", "jane&#64;example.com", "jane&commat;example.com", "jane\\@example.com",
                          "jane\\x40example.com", "jane\\u0040example.com", "jane%40example.com", "JANE@EXAMPLE.COM"}) {
        INFO(s);
        CHECK(key(s) == "jane@examplecom");
    }
}

TEST_CASE("source view: markup, comments and template tags are not text; with markup kept, attributes are") {
    CHECK(key("077**00** 900123") == "07700900123");
    CHECK(key("07700<!-- x -->900123") == "07700900123");
    CHECK(key("077<b class=\"x\">00</b>") == "07700");
    CHECK(key("<a href=\"mailto:j@x.org\">w</a>", SourceReading::markup_kept) == "ahrefmailtoj@xorgwa");
    CHECK(key("Call {{phone}} now", SourceReading::text, true) == "callnow");
    CHECK(key("<jane@example.com>") == "jane@examplecom");  // an autolink is not a tag
}

TEST_CASE("source view: each key byte knows the span of the source it came from") {
    auto v = read_source("x: \"a\\x40b\"", SourceReading::text, false);
    REQUIRE(v.key == "xa@b");
    CHECK(v.from[2] == 5);
    CHECK(v.to[2] == 9);
    CHECK(v.boundary[1]);  // after "x"
    CHECK_FALSE(v.boundary[2]);
}

TEST_CASE("source index: whole words first, lines excluded, then file names") {
    SourceIndex index({{"a.md", "Call 07700900123 or x07700900123", SourceFile::Kind::content, false, {}},
                       {"site.yaml", "privacy:\n  terms: [07700900123]\n", SourceFile::Kind::config, false, {{1, 2}}},
                       {"content/jo-smith.md", "no", SourceFile::Kind::content, false, {}}});
    auto found = index.find("07700900123");
    REQUIRE(found.size() == 1);
    CHECK(found[0].file->path == "a.md");
    CHECK(found[0].start == 5);
    CHECK(found[0].end == 16);
    auto named = index.find("josmith");
    REQUIRE(named.size() == 1);
    CHECK(named[0].in_file_name);
    CHECK(index.find("nothing").empty());
}
