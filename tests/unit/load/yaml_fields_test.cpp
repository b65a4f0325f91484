// YamlFields::text: a text for readers is one value, or one per language
// (docs/site-config.md, "Languages"); what an editor gets wrong in a map of
// languages is an error at the place to fix.
#include "load/yaml_fields.hpp"

#include <catch2/catch.hpp>

#include "support/rendered_site.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

struct Read {
    std::optional<std::string> value;
    std::vector<std::string> problems;
    std::vector<SourcePos> untranslated;
};

Read read_title(const std::string& yaml, const std::string& language, std::vector<std::string> languages) {
    YamlSource src{"data/t.yaml", yaml, 0};
    Diagnostics diags;
    Read out;
    TextLanguage reading{language, std::move(languages), &out.untranslated};
    auto root = parse_yaml(src, yaml, diags);
    REQUIRE(root);
    YamlFields fields(src, diags, &reading);
    out.value = fields.text(*root, "title");
    out.problems = formatted(diags);
    return out;
}

const std::vector<std::string> en_cy = {"en-GB", "cy"};

}  // namespace

TEST_CASE("a text given once is the text in every language; the other languages note it as untranslated") {
    auto en = read_title("title: Home\n", "en-GB", en_cy);
    CHECK(en.value == "Home");
    CHECK(en.problems.empty());
    CHECK(en.untranslated.empty());
    auto cy = read_title("title: Home\n", "cy", en_cy);
    CHECK(cy.value == "Home");
    CHECK(cy.problems.empty());
    REQUIRE(cy.untranslated.size() == 1);
    CHECK(cy.untranslated[0].line == 1);
    CHECK(cy.untranslated[0].col == 8);
}

TEST_CASE("a text given per language is read in the language being built") {
    const std::string yaml = "title:\n  en-GB: Home\n  cy: Hafan\n";
    CHECK(read_title(yaml, "en-GB", en_cy).value == "Home");
    auto cy = read_title(yaml, "cy", en_cy);
    CHECK(cy.value == "Hafan");
    CHECK(cy.problems.empty());
    CHECK(cy.untranslated.empty());
    // No Welsh: the English stands in, and the place is noted.
    auto missing = read_title("title: {en-GB: Home}\n", "cy", en_cy);
    CHECK(missing.value == "Home");
    CHECK(missing.problems.empty());
    CHECK(missing.untranslated.size() == 1);
}

TEST_CASE("a text with no value in the site's default language is an error at the map") {
    auto r = read_title("title:\n  cy: Hafan\n", "cy", en_cy);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].rfind("data/t.yaml:2:3: error: 'title' has no en-GB text", 0) == 0);
}

TEST_CASE("a key in a text's map that is not a language tag is an error at the key") {
    auto r = read_title("title:\n  en-GB: Home\n  welsh: Hafan\n", "en-GB", en_cy);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].rfind("data/t.yaml:3:3: error: 'welsh' is not a language tag", 0) == 0);
}

TEST_CASE("a text in a valid language the site does not publish waits, unused") {
    auto r = read_title("title: {en-GB: Home, fr: Accueil}\n", "en-GB", en_cy);
    CHECK(r.value == "Home");
    CHECK(r.problems.empty());
}

TEST_CASE("a single-language site may write a text as a map with its one language") {
    CHECK(read_title("title: {en-GB: Home}\n", "en-GB", {"en-GB"}).value == "Home");
    auto cy = read_title("title: {cy: Hafan, en-GB: Home}\n", "cy", {"cy"});
    CHECK(cy.value == "Hafan");
    CHECK(cy.problems.empty());
}
