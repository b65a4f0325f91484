#include "render/markdown_document.hpp"

#include <catch2/catch.hpp>

#include "render/link_resolver.hpp"
#include "support/memory_site.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

struct Rendered {
    std::string html;
    std::vector<std::string> problems;
};

Rendered render_page(const std::string& body, bool unsafe_html = false) {
    auto files = minimal_site();
    files["content/reports/q1.md"] = "---\ntitle: Q1\n---\n" + body;
    MemorySite site(files);
    const Route* route = site.routes.find("reports/q1.md");
    MarkdownDocument doc(*route->file, unsafe_html, site.diags);
    std::map<std::string, const MarkdownDocument*> docs{{"reports/q1.md", &doc}};
    LinkResolver links(site.routes, "/rasso/");
    Rendered r;
    r.html = doc.render_html(*route, links, nullptr, site.diags);
    links.check_anchors(docs, site.diags);
    r.problems = site.problems();
    return r;
}

}  // namespace

TEST_CASE("headings get stable ids, numbered when repeated") {
    auto r = render_page("## Right to Review\n\ntext\n\n## Right to Review\n\n### Victims' Code\n");
    CHECK(r.html.find("<h2 id=\"right-to-review\">Right to Review</h2>") != std::string::npos);
    CHECK(r.html.find("<h2 id=\"right-to-review-2\">Right to Review</h2>") != std::string::npos);
    CHECK(r.html.find("<h3 id=\"victims-code\">Victims' Code</h3>") != std::string::npos);
    CHECK(r.problems.empty());
}

TEST_CASE("GitHub-flavoured Markdown: tables, strikethrough, task lists, autolinks, footnotes") {
    auto r = render_page(
        "| Measure | Value |\n|---|--:|\n| Charges | 52 |\n\n~~old~~ new\n\n- [x] done\n- [ ] to do\n\n"
        "See https://www.gov.uk for more.[^1]\n\n[^1]: A note.\n");
    CHECK(r.html.find("<th scope=\"col\" class=\"align-right\">Value</th>") != std::string::npos);
    CHECK(r.html.find("<td class=\"align-right\">52</td>") != std::string::npos);
    CHECK(r.html.find(" align=") == std::string::npos);
    CHECK(r.html.find("<del>old</del>") != std::string::npos);
    CHECK(r.html.find("type=\"checkbox\" checked=\"\" disabled=\"\"") != std::string::npos);
    CHECK(r.html.find("<a href=\"https://www.gov.uk\">https://www.gov.uk</a>") != std::string::npos);
    CHECK(r.html.find("class=\"footnotes\"") != std::string::npos);
}

TEST_CASE("raw HTML is removed unless the site opts in") {
    std::string body = "<script>alert(1)</script>\n\nText with <b>bold</b>.\n";
    auto safe = render_page(body);
    CHECK(safe.html.find("<script>") == std::string::npos);
    CHECK(safe.html.find("<b>") == std::string::npos);
    auto unsafe = render_page(body, true);
    CHECK(unsafe.html.find("<b>bold</b>") != std::string::npos);
    // Even when opted in, the tag filter keeps <script> inert.
    CHECK(unsafe.html.find("<script>") == std::string::npos);
}

TEST_CASE("a javascript: link is a located error and never reaches the page, even with raw HTML on") {
    for (bool unsafe : {false, true}) {
        auto r = render_page("[click](javascript:alert(1))\n", unsafe);
        CHECK(r.html.find("javascript:") == std::string::npos);
        CHECK(r.html.find("<a href=\"\">click</a>") != std::string::npos);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].rfind("content/reports/q1.md:4:1: error: this link is a 'javascript:' address", 0) == 0);
    }
}

TEST_CASE("with raw HTML on, an element with a dangerous attribute is left out and reported at the attribute") {
    auto r = render_page("Text <a\n  href=\"javascript:go()\">x</a> and <b>bold</b>.\n", true);
    CHECK(r.html.find("javascript:") == std::string::npos);
    CHECK(r.html.find("<b>bold</b>") != std::string::npos);
    REQUIRE(r.problems.size() == 1);
    INFO(r.problems[0]);
    CHECK(r.problems[0].rfind("content/reports/q1.md:5:3: error: the HTML attribute 'href' is a 'javascript:'", 0) ==
          0);
}

TEST_CASE("an image without alternative text is an error at the image") {
    auto r = render_page("Intro\n\n![](chart.png)\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0] ==
          "content/reports/q1.md:6:1: error: this image has no alternative text\n"
          "  hint: describe the image between the square brackets: ![what it shows](file.png)");
}

TEST_CASE("a level-1 heading or a skipped level is a warning") {
    auto r = render_page("# Title again\n\n## Fine\n\n#### Skipped\n");
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].rfind("content/reports/q1.md:4:1: warning: a level-1 heading", 0) == 0);
    CHECK(r.problems[1].rfind("content/reports/q1.md:8:1: warning: heading level jumps from 2 to 4", 0) == 0);
}

TEST_CASE("a broken link's position is the link's line and column in the file") {
    auto r = render_page("First line\n\nA table:\n\n| a | b |\n|---|---|\n| x | £ [gone](gone.md) |\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].rfind("content/reports/q1.md:10:9: error: link to 'gone.md', but there is no page", 0) == 0);
}

// Found by the Markdown fuzzer (tests/fuzz): an autolink keeps its address in
// the heading's own text buffer, which was freed when the heading was given
// its id, so rendering read freed memory (caught by the sanitize preset).
TEST_CASE("a web address or a code span in a heading survives the heading getting its id") {
    auto r = render_page("## Report online at https://www.gov.uk/report-rape and `code`\n\ntext\n");
    INFO(r.html);
    CHECK(r.html.find("<h2 id=\"report-online-at-https-www-gov-uk-report-rape-and-code\">Report online at "
                      "<a href=\"https://www.gov.uk/report-rape\">https://www.gov.uk/report-rape</a> and "
                      "<code>code</code></h2>") != std::string::npos);
    CHECK(r.problems.empty());
}

TEST_CASE("a passage in another language is marked with [words]{lang=cy}, without raw HTML") {
    auto r = render_page("Our promise: [Rydym yn gwrando]{lang=cy} (we are listening).\n");
    CHECK(r.html.find("<p>Our promise: <span lang=\"cy\">Rydym yn gwrando</span> (we are listening).</p>") !=
          std::string::npos);
    CHECK(r.problems.empty());

    // Emphasis, links and brackets in pairs stay inside the passage; two
    // passages in one paragraph are each marked.
    auto nested = render_page(
        "[Mae *pob* [llais] yn cyfrif, see [GOV.UK](https://www.gov.uk/)]{lang=cy-GB} and "
        "[Fáilte]{lang=ga}.\n");
    CHECK(nested.html.find("<span lang=\"cy-GB\">Mae <em>pob</em> [llais] yn cyfrif, see <a "
                           "href=\"https://www.gov.uk/\">GOV.UK</a></span> and <span "
                           "lang=\"ga\">Fáilte</span>.") != std::string::npos);

    // In a heading, the passage's words make the heading's id.
    auto heading = render_page("## [Ein haddewid]{lang=cy}\n");
    CHECK(heading.html.find("<h2 id=\"ein-haddewid\"><span lang=\"cy\">Ein haddewid</span></h2>") != std::string::npos);

    // Shown as code, the syntax is left as it is.
    auto code = render_page("Write `[Croeso]{lang=cy}`.\n");
    CHECK(code.html.find("<code>[Croeso]{lang=cy}</code>") != std::string::npos);
}

TEST_CASE("a language passage with a bad tag or no opening bracket is a located error, never an attribute") {
    auto bad = render_page("Intro.\n\nSay [croeso]{lang=Welsh\"onmouseover=x} to all.\n");
    CHECK(bad.html.find("<span") == std::string::npos);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].rfind("content/reports/q1.md:6:13: error: 'Welsh\"onmouseover=x' is not a language tag", 0) ==
          0);

    auto unopened = render_page("Croeso]{lang=cy} to all.\n");
    REQUIRE(unopened.problems.size() == 1);
    CHECK(unopened.problems[0].rfind(
              "content/reports/q1.md:4:8: error: '{lang=cy}' has no '[' before it to mark where the passage starts",
              0) == 0);
}
