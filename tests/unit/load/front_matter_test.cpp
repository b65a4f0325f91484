#include "load/front_matter.hpp"

#include <catch2/catch.hpp>

#include "load/text_file.hpp"
#include "support/rendered_site.hpp"

using namespace candour;

namespace {

std::vector<std::string> problems(const Diagnostics& diags) {
    return testing::formatted(diags);
}

}  // namespace

TEST_CASE("front matter is split from the body and typed") {
    Diagnostics diags;
    auto file = parse_content_file("content/reports/q2.md",
                                   "---\ntitle: \"Quarterly report: July to September 2024\"\nsummary: In short.\n"
                                   "date: 2024-11-14\nweight: 2\ndraft: false\ntoc: true\n---\n## Summary\n",
                                   diags);
    REQUIRE(file);
    CHECK(problems(diags).empty());
    CHECK(file->front.title == "Quarterly report: July to September 2024");
    CHECK(file->front.summary == "In short.");
    CHECK(file->front.date->display() == "14 November 2024");
    CHECK(*file->front.weight == 2);
    CHECK(file->front.toc);
    CHECK_FALSE(file->front.draft);
    CHECK(file->body == "## Summary\n");
    CHECK(file->body_first_line == 9);
    CHECK(file->content_path() == "reports/q2.md");
}

TEST_CASE("an unknown key is located at the key and a close spelling is suggested") {
    Diagnostics diags;
    parse_content_file("content/a.md", "---\ntitle: A\n  \nsumary: B\n---\n", diags);
    CHECK(problems(diags) ==
          std::vector<std::string>{
              "content/a.md:4:1: error: unknown front-matter key 'sumary'\n  hint: did you mean 'summary'?"});
}

TEST_CASE("a YAML syntax error is located in the file, not in the front-matter fragment") {
    Diagnostics diags;
    auto file = parse_content_file("content/a.md", "---\ntitle: A\nsummary: one: two\n---\nbody\n", diags);
    CHECK_FALSE(file);
    auto p = problems(diags);
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("content/a.md:3:13: error: YAML syntax: illegal map value", 0) == 0);
}

TEST_CASE("front matter that is never closed is reported at its opening line") {
    Diagnostics diags;
    CHECK_FALSE(parse_content_file("content/a.md", "---\ntitle: A\n\nSome text\n", diags));
    CHECK(problems(diags) ==
          std::vector<std::string>{"content/a.md:1:1: error: the front matter opened here is never closed\n"
                                   "  hint: add a line with just '---' after the last front-matter line"});
}

TEST_CASE("wrongly typed values are located at the value") {
    Diagnostics diags;
    parse_content_file("content/a.md", "---\ntitle: A\ndraft: maybe\nweight: first\ndate: 14/11/2024\n---\n", diags);
    auto p = problems(diags);
    REQUIRE(p.size() == 3);
    CHECK(p[0].rfind("content/a.md:3:8: error: 'draft' must be true or false, not 'maybe'", 0) == 0);
    CHECK(p[1].rfind("content/a.md:4:9: error: 'weight' must be a whole number, not 'first'", 0) == 0);
    CHECK(p[2].rfind("content/a.md:5:7: error: 'date' must be a date written YYYY-MM-DD, not '14/11/2024'", 0) == 0);
}

TEST_CASE("an impossible date is refused") {
    Diagnostics diags;
    parse_content_file("content/a.md", "---\ntitle: A\ndate: 2023-02-29\n---\n", diags);
    CHECK(diags.error_count() == 1);
    Diagnostics leap;
    parse_content_file("content/a.md", "---\ntitle: A\ndate: 2024-02-29\n---\n", leap);
    CHECK(leap.error_count() == 0);
}

TEST_CASE("a missing title is an error") {
    Diagnostics diags;
    parse_content_file("content/a.md", "---\nsummary: B\n---\n", diags);
    CHECK(problems(diags) == std::vector<std::string>{
                                 "content/a.md:2:1: error: missing 'title'\n  hint: add a line such as 'title: ...'"});
}

TEST_CASE("Windows line endings and a byte order mark are accepted with positions unchanged") {
    MemoryFileSystem fs;
    fs.put("content/a.md", "\xEF\xBB\xBF---\r\ntitle: A\r\ntitel: B\r\n---\r\nBody\r\n");
    Diagnostics diags;
    auto text = read_text_file(fs, "content/a.md", diags);
    REQUIRE(text);
    auto file = parse_content_file("content/a.md", *text, diags);
    REQUIRE(file);
    CHECK(file->body == "Body\n");
    auto p = problems(diags);
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("content/a.md:3:1: error: unknown front-matter key 'titel'", 0) == 0);
}

TEST_CASE("columns after non-ASCII characters count characters") {
    Diagnostics diags;
    parse_content_file("content/a.md", "---\ntitle: £5 report\ndraft: £\n---\n", diags);
    auto p = problems(diags);
    REQUIRE(p.size() == 1);
    CHECK(p[0].rfind("content/a.md:3:8: error: 'draft' must be true or false", 0) == 0);
}

TEST_CASE("a page in another language names it with 'lang', and a tag that is not one is a located error") {
    Diagnostics diags;
    auto welsh = parse_content_file("content/cymraeg.md", "---\ntitle: Croeso\nlang: cy\n---\nCroeso.\n", diags);
    REQUIRE(welsh);
    CHECK(problems(diags).empty());
    CHECK(welsh->front.lang == "cy");

    auto wrong = parse_content_file("content/cymraeg.md", "---\ntitle: Croeso\nlang: Welsh language\n---\n", diags);
    REQUIRE(problems(diags).size() == 1);
    CHECK(problems(diags)[0] ==
          "content/cymraeg.md:3:7: error: 'Welsh language' is not a language tag\n  hint: write a language tag such "
          "as 'cy' (Welsh), 'en-GB' (British English) or 'ga' (Irish)");
    CHECK(wrong->front.lang.empty());
}
