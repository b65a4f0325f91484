// Each kind of broken input must give an exact, located error, exit code 1,
// and leave the previously published site byte-for-byte as it was.
#include <catch2/catch.hpp>

#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

struct BrokenCase {
    const char* name;
    Files changes;                      // applied on top of minimal_site(); "" deletes a file
    std::vector<std::string> expected;  // every diagnostic's first line, in order
};

std::vector<std::string> diagnostic_lines(const std::string& err) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(err)) {
        if (line.find(": error: ") != std::string::npos || line.find(": warning: ") != std::string::npos) {
            out.push_back(line);
        }
    }
    return out;
}

const std::vector<BrokenCase>& broken_cases() {
    static const std::vector<BrokenCase> cases = {
        {"YAML syntax error in site.yaml",
         {{"site.yaml", "title: Test\norganisation: [Test OPCC\nbase_url: https://example.org/\n"}},
         {"site.yaml:3:9: error: YAML syntax: end of sequence flow not found"}},
        {"unknown key in site.yaml",
         {{"site.yaml", "title: Test\norganisation: Test OPCC\nbase_url: https://example.org/\nlanguge: en-GB\n"}},
         {"site.yaml:4:1: error: unknown site.yaml key 'languge'"}},
        {"YAML syntax error in front matter",
         {{"content/reports/q1.md", "---\ntitle: Q1\nsummary: Charges: up\n---\nText\n"}},
         {"content/reports/q1.md:3:17: error: YAML syntax: illegal map value"}},
        {"front matter never closed",
         {{"content/reports/q1.md", "---\ntitle: Q1\n\n## Summary\n"}},
         {"content/reports/q1.md:1:1: error: the front matter opened here is never closed"}},
        {"no front matter at all",
         {{"content/reports/q1.md", "## Summary\n\nText\n"}},
         {"content/reports/q1.md:1:1: error: the file does not start with front matter"}},
        {"unknown front-matter key",
         {{"content/reports/q1.md", "---\ntitle: Q1\nsumary: In short\n---\nText\n"}},
         {"content/reports/q1.md:3:1: error: unknown front-matter key 'sumary'"}},
        {"front-matter value of the wrong type",
         {{"content/reports/q1.md", "---\ntitle: Q1\ndate: 15/08/2024\n---\nText\n"}},
         {"content/reports/q1.md:3:7: error: 'date' must be a date written YYYY-MM-DD, not '15/08/2024'"}},
        {"unknown layout",
         {{"content/reports/q1.md", "---\ntitle: Q1\nlayout: wide\n---\nText\n"}},
         {"content/reports/q1.md:3:9: error: no layout called 'wide'"}},
        {"missing partial in an override template",
         {{"templates/overrides/layouts/page.mustache",
           "<article>\n  {{> sidebar}}\n{{{page.content_html}}}\n</article>\n"}},
         {"templates/overrides/layouts/page.mustache:2:3: error: no partial called 'sidebar'"}},
        {"unescaped value in an override template",
         {{"templates/overrides/partials/page-heading.mustache", "<h1>{{{page.title}}}</h1>\n"}},
         {"templates/overrides/partials/page-heading.mustache:1:5: error: 'page.title' is written without HTML "
          "escaping"}},
        {"broken internal link",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\n## Summary\n\nSee the [glossary](../about/glossary.md).\n"}},
         {"content/reports/q1.md:6:9: error: link to '../about/glossary.md', but there is no page "
          "content/about/glossary.md"}},
        {"link to a heading that does not exist",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\n## Summary\n\nSee [reports](_index.md#archive).\n"}},
         {"content/reports/q1.md:6:5: error: link to '_index.md#archive', but that page has no heading '#archive'"}},
        {"invalid UTF-8",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\nCaf\xe9 opening hours\n"}},
         {"content/reports/q1.md:4:4: error: the file is not valid UTF-8 text"}},
        {"navigation to a page that does not exist",
         {{"site.yaml",
           "title: T\norganisation: O\nbase_url: https://example.org/\nnavigation:\n  - title: Reports\n    url: "
           "report/_index.md\n"}},
         {"site.yaml:6:10: error: navigation links to 'report/_index.md', which is not a page in content/"}},
        {"image without alternative text",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\nChart:\n\n![](chart.png)\n"}},
         {"content/reports/q1.md:6:1: error: this image has no alternative text"}},
        {"theme that does not exist",
         {{"site.yaml", "title: T\norganisation: O\nbase_url: https://example.org/\ntheme: fancy\n"}},
         {"site.yaml:4:8: error: no theme called 'fancy'"}},
        {"several problems in several files, all reported in one run",
         {{"content/reports/q1.md", "---\ntitle: Q1\ndraft: yes please\n---\n[x](nowhere.md)\n"},
          {"content/_index.md", "---\ntitel: Home\n---\n"}},
         {"content/_index.md:2:1: error: missing 'title'",
          "content/_index.md:2:1: error: unknown front-matter key 'titel'",
          "content/reports/q1.md:3:8: error: 'draft' must be true or false, not 'yes please'",
          "content/reports/q1.md:5:1: error: link to 'nowhere.md', but there is no page content/reports/nowhere.md"}},
    };
    return cases;
}

}  // namespace

TEST_CASE("every kind of broken input is reported at its exact position and the old site survives") {
    for (const auto& c : broken_cases()) {
        DYNAMIC_SECTION(c.name) {
            TempDir dir;
            std::string source = dir / "source";
            std::string output = dir / "published";
            write_files(source, minimal_site());
            auto first = run_candour({"build", "--source", source, "--output", output});
            REQUIRE(first.exit_code == 0);
            Files published = read_tree(output);
            REQUIRE(published.count("index.html"));

            Files broken = minimal_site();
            for (const auto& [path, bytes] : c.changes) broken[path] = bytes;
            TempDir dir2;
            write_files(dir2.path(), broken);
            auto result = run_candour({"build", "--source", dir2.path(), "--output", output});

            CHECK(result.exit_code == 1);
            CHECK(diagnostic_lines(result.err) == c.expected);
            CHECK(result.err.find("  hint: ") != std::string::npos);
            CHECK(result.out.empty());
            CHECK(read_tree(output) == published);
        }
    }
    CHECK(broken_cases().size() >= 10);
}

TEST_CASE("check reports the same problems as build and writes nothing") {
    TempDir dir;
    Files files = minimal_site();
    files["content/reports/q1.md"] = "---\ntitle: Q1\n---\n[x](nowhere.md)\n";
    write_files(dir.path(), files);
    auto result = run_candour({"check", "--source", dir.path()});
    CHECK(result.exit_code == 1);
    CHECK(diagnostic_lines(result.err) ==
          std::vector<std::string>{"content/reports/q1.md:4:1: error: link to 'nowhere.md', but there is no page "
                                   "content/reports/nowhere.md"});
    CHECK(read_tree(dir / "site").empty());
}
