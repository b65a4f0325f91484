// site.yaml's languages: the default first, each a language tag once; a
// mistake is an error at the line to fix.
#include "load/site_config.hpp"

#include <catch2/catch.hpp>

#include "support/rendered_site.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

struct Loaded {
    SiteConfig config;
    std::vector<std::string> problems;
};

Loaded load(const std::string& extra) {
    MemoryFileSystem fs({{"site.yaml",
                          "title: {en-GB: Test report, cy: Adroddiad prawf}\n"
                          "organisation: Test OPCC\n"
                          "base_url: https://example.org/rasso/\n" +
                              extra}});
    Diagnostics diags;
    Loaded out{load_site_config(fs, diags), {}};
    out.problems = formatted(diags);
    return out;
}

}  // namespace

TEST_CASE("site.yaml languages: the default first, the others built in their own folder") {
    auto r = load("languages: [en-GB, cy]\n");
    CHECK(r.problems.empty());
    CHECK(r.config.languages == std::vector<std::string>{"en-GB", "cy"});
    CHECK(r.config.language == "en-GB");
    CHECK(r.config.title == "Test report");
    CHECK(language_folder(r.config, "en-GB") == "");
    CHECK(language_folder(r.config, "cy") == "cy/");

    auto welsh_first = load("language: cy\nlanguages: [en-GB, cy]\n");
    CHECK(welsh_first.problems.empty());
    CHECK(welsh_first.config.language == "cy");
    CHECK(welsh_first.config.title == "Adroddiad prawf");
}

TEST_CASE("site.yaml languages: a language twice, a bad tag, or a default not listed are located errors") {
    auto twice = load("languages: [en-GB, cy, cy]\n");
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems[0].rfind("site.yaml:4:12: error: 'cy' is listed twice in 'languages'", 0) == 0);

    auto bad = load("languages: [en-GB, welsh]\n");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].rfind("site.yaml:4:12: error: 'welsh' in 'languages' is not a language tag", 0) == 0);

    auto unlisted = load("language: fr\nlanguages: [en-GB, cy]\n");
    REQUIRE(unlisted.problems.size() == 1);
    CHECK(unlisted.problems[0].rfind("site.yaml:4:11: error: the default language 'fr' is not in 'languages'", 0) == 0);
    CHECK(unlisted.config.language == "en-GB");
}

TEST_CASE("a site with no languages is in its one language, and a text map gives that language's value") {
    auto r = load("");
    CHECK(r.problems.empty());
    CHECK(r.config.languages == std::vector<std::string>{"en-GB"});
    CHECK(r.config.title == "Test report");
}
