#include "load/language_tag.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("language tags: the ones HTML's lang takes are accepted, anything else is not") {
    for (const char* tag : {"cy", "en", "en-GB", "cy-GB", "gd", "ga-IE", "cy-Latn-GB", "es-419", "de-CH-1996"}) {
        INFO(tag);
        CHECK(is_language_tag(tag));
    }
    for (const char* tag :
         {"", "c", "welsh", "en_GB", "en-", "-cy", "cy GB", "cy\"><script>", "en-GB-x", "cy-Latn-G"}) {
        INFO(tag);
        CHECK_FALSE(is_language_tag(tag));
    }
}
