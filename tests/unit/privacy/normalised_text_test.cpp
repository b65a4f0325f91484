// Text is normalised before the gate looks at it, so that a detail written
// with look-alike or invisible characters is read as a reader reads it.
#include "privacy/normalised_text.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("normalised text: fullwidth, other scripts' digits and compatibility forms read as plain text") {
    CHECK(normalise_plain("\xEF\xBC\x90\xEF\xBC\x97\xEF\xBC\x97\xEF\xBC\x90\xEF\xBC\x90").text ==
          "07700");                                           // ０７７００
    CHECK(normalise_plain("\xD9\xA0\xD9\xA7").text == "07");  // Arabic-Indic ٠٧
    CHECK(normalise_plain("jane\xEF\xBC\xA0"
                          "example.com")
              .text == "jane@example.com");              // ＠
    CHECK(normalise_plain("\xE2\x85\xA0").text == "i");  // Ⅰ
}

TEST_CASE("normalised text: invisible characters are dropped, spaces and dashes unified") {
    CHECK(normalise_plain("077\xE2\x80\x8B"
                          "00 900\xC2\xAD"
                          "123")
              .text == "07700 900123");  // zero-width space, soft hyphen
    CHECK(normalise_plain("07700\xC2\xA0"
                          "900123")
              .text == "07700 900123");  // no-break space
    CHECK(normalise_plain("01632\xE2\x80\x93"
                          "960\xE2\x80\x94"
                          "123")
              .text == "01632-960-123");  // en and em dashes
    CHECK(normalise_plain("  a \t\n b  ").text == "a b");
}

TEST_CASE("normalised text: case is folded, and whether each character was a capital is kept") {
    auto t = normalise_plain("Jane SMITH \xC3\x89mile");  // Émile
    CHECK(t.text == "jane smith \xC3\xA9mile");
    CHECK(t.is_upper(0));
    CHECK_FALSE(t.is_upper(1));
    CHECK(t.is_upper(5));
    CHECK(t.is_upper(11));  // É, both bytes
    CHECK(t.is_upper(12));
    CHECK_FALSE(t.is_upper(13));
    CHECK(t.upper.size() == t.text.size());
}

TEST_CASE("normalised text: a letter and a combining accent are one character, as a reader sees them") {
    CHECK(normalise_plain("Rene\xCC\x81").text == normalise_plain("Ren\xC3\xA9").text);  // e + U+0301 == é
}

TEST_CASE("normalised text: a block ends with one line break, never a space") {
    TextNormaliser n;
    n.append("Call ");
    n.line_break();
    n.line_break();
    n.append("now");
    n.space();
    n.space();
    n.append("please");
    CHECK(n.take().text == "call\nnow please");
}

TEST_CASE("normalised text: invalid UTF-8 bytes are dropped, not fatal") {
    CHECK(normalise_plain("07700\xFF 900123\xC3").text == "07700 900123");
}
