// Numbers inside periods and dates: ICU writes them in the language's own
// digits, and never groups them, so a year is never "2,024".
#include "messages/integer_text.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("years and days are written without grouping") {
    CHECK(integer_text(2024, "en-GB") == "2024");
    CHECK(integer_text(12345, "en-GB") == "12345");
    CHECK(integer_text(7, "cy") == "7");
}

TEST_CASE("a language with its own digits writes them") {
    // Egyptian Arabic uses Arabic-Indic digits by default in CLDR.
    CHECK(integer_text(2024, "ar-EG") == "\u0662\u0660\u0662\u0664");
}
