#include "render/link_resolver.hpp"

#include <catch2/catch.hpp>

#include "render/markdown_document.hpp"
#include "support/memory_site.hpp"

using namespace candour;
using namespace candour::testing;

TEST_CASE("relative paths join onto the linking file's folder") {
    CHECK(join_content_path("reports/q1.md", "../about/glossary.md") == "about/glossary.md");
    CHECK(join_content_path("reports/q1.md", "q2.md") == "reports/q2.md");
    CHECK(join_content_path("_index.md", "./reports/_index.md") == "reports/_index.md");
    CHECK(join_content_path("reports/q1.md", "../../outside.md") == std::nullopt);
}

namespace {

struct Resolved {
    std::optional<std::string> href;
    std::vector<std::string> problems;
};

// Resolves `url` written in `from` within the minimal site plus a glossary.
Resolved resolve_in_sample(const std::string& from, const std::string& url) {
    auto files = minimal_site();
    files["content/about/glossary.md"] = "---\ntitle: Glossary\n---\n## ISVA\n\n## SARC\n";
    files["content/reports/q3.md"] = "---\ntitle: Q3\ndraft: true\n---\n";
    MemorySite site(files);
    std::map<std::string, const MarkdownDocument*> docs;
    std::vector<std::unique_ptr<MarkdownDocument>> owned;
    for (const auto& r : site.routes.pages) {
        if (!r.file) continue;
        owned.push_back(std::make_unique<MarkdownDocument>(*r.file, false, site.diags));
        docs[r.file->content_path()] = owned.back().get();
    }
    LinkResolver links(site.routes, "/rasso/");
    Diagnostics diags;
    Resolved out;
    out.href = links.resolve(*site.routes.find(from), url, {"content/" + from, 7, 3}, diags);
    links.check_anchors(docs, diags);
    for (const auto& d : diags.sorted()) out.problems.push_back(format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("a link to a .md file becomes the page's address, fragment kept") {
    auto r = resolve_in_sample("reports/q1.md", "../about/glossary.md#isva");
    CHECK(r.problems.empty());
    CHECK(r.href == "../../about/glossary/#isva");
    CHECK(resolve_in_sample("_index.md", "reports/_index.md").href == "reports/");
}

TEST_CASE("external links, mail links and downloads are left alone") {
    CHECK_FALSE(resolve_in_sample("reports/q1.md", "https://www.gov.uk/").href);
    CHECK_FALSE(resolve_in_sample("reports/q1.md", "mailto:a@example.org").href);
    CHECK_FALSE(resolve_in_sample("reports/q1.md", "figures.csv").href);
    CHECK(resolve_in_sample("reports/q1.md", "figures.csv").problems.empty());
}

TEST_CASE("a link to a missing page is located and suggests the nearest page") {
    auto r = resolve_in_sample("reports/q1.md", "../about/glosary.md");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] ==
          "content/reports/q1.md:7:3: error: link to '../about/glosary.md', but there is no page "
          "content/about/glosary.md\n  hint: did you mean 'about/glossary.md'?");
}

TEST_CASE("a link to a heading that does not exist lists the headings there") {
    auto r = resolve_in_sample("reports/q1.md", "../about/glossary.md#ivsa");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] ==
          "content/reports/q1.md:7:3: error: link to '../about/glossary.md#ivsa', but that page has no heading "
          "'#ivsa'\n  hint: headings there: isva, sarc");
}

TEST_CASE("a link to a draft says the draft will not be published") {
    auto r = resolve_in_sample("reports/q1.md", "q3.md");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].find("which is a draft and will not be published") != std::string::npos);
}

TEST_CASE("a root-absolute link is refused because it breaks in a sub-folder") {
    auto r = resolve_in_sample("reports/q1.md", "/reports/q2/");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].rfind("content/reports/q1.md:7:3: error: link '/reports/q2/' starts with '/'", 0) == 0);
}

TEST_CASE("a same-page fragment must name a heading on the page") {
    CHECK(resolve_in_sample("reports/q1.md", "#summary").problems.empty());
    auto r = resolve_in_sample("reports/q1.md", "#summry");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] ==
          "content/reports/q1.md:7:3: error: no heading '#summry' on this page\n"
          "  hint: headings there: summary");
}
