#include "diagnostics/text_position.hpp"

#include <catch2/catch.hpp>

#include "diagnostics/diagnostics.hpp"

using namespace candour;

TEST_CASE("line and column of a byte offset count lines from 1 and characters, not bytes") {
    std::string text = "first\nsecond £ line\nthird";
    auto lc = line_col_at(text, text.find("line"));
    CHECK(lc.line == 2);
    CHECK(lc.col == 10);  // "second £ " is 9 characters but 10 bytes
    CHECK(line_col_at(text, 0).line == 1);
    CHECK(line_col_at(text, 0).col == 1);
    CHECK(line_col_at(text, text.find("third")).line == 3);
}

TEST_CASE("the first invalid UTF-8 byte is found; valid text passes") {
    CHECK_FALSE(find_invalid_utf8("plain £ text é").has_value());
    std::string bad = "ok\nbad \xff here";
    auto at = find_invalid_utf8(bad);
    REQUIRE(at.has_value());
    CHECK(*at == 7);
    auto lc = line_col_at(bad, *at);
    CHECK(lc.line == 2);
    CHECK(lc.col == 5);
}

TEST_CASE("a diagnostic prints as file:line:col: severity: message with the hint below") {
    Diagnostic d{{"content/a.md", 3, 7}, Severity::error, "unknown front-matter key 'titel'", "did you mean 'title'?"};
    CHECK(format_diagnostic(d) ==
          "content/a.md:3:7: error: unknown front-matter key 'titel'\n  hint: did you mean 'title'?");
    d.hint.clear();
    d.severity = Severity::warning;
    CHECK(format_diagnostic(d) == "content/a.md:3:7: warning: unknown front-matter key 'titel'");
}

TEST_CASE("diagnostics come out sorted by file and position whatever order they were found in") {
    Diagnostics diags;
    diags.error({"b.md", 1, 1}, "third");
    diags.error({"a.md", 9, 1}, "second");
    diags.warning({"a.md", 2, 5}, "first");
    auto sorted = diags.sorted();
    REQUIRE(sorted.size() == 3);
    CHECK(sorted[0].message == "first");
    CHECK(sorted[1].message == "second");
    CHECK(sorted[2].message == "third");
    CHECK(diags.error_count() == 2);
    CHECK(diags.warning_count() == 1);
}
