#include "diagnostics/suggest.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("a one-letter typo of a front-matter key is suggested") {
    std::vector<std::string> keys = {"title", "summary", "date", "draft"};
    CHECK(did_you_mean("titel", keys, "x") == "did you mean 'title'?");
    CHECK(did_you_mean("sumary", keys, "x") == "did you mean 'summary'?");
}

TEST_CASE("an unrelated word gets the fallback hint, not a wild guess") {
    std::vector<std::string> keys = {"title", "summary", "date", "draft"};
    CHECK(did_you_mean("author", keys, "remove it") == "remove it");
}
