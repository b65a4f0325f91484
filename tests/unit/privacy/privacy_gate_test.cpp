// The gate over given output files: where it reports what it cannot find
// written in one place, and how it treats pages that are not published yet.
#include "privacy/privacy_gate.hpp"

#include <catch2/catch.hpp>

using namespace candour;

namespace {

struct Site {
    SourceTree tree;
    Routes routes;
    MemoryFileSystem fs;

    explicit Site(const std::string& page_text, Publication publication = Publication::published) {
        ContentFile page;
        page.path = "content/reports/q1.md";
        page.text = page_text;
        tree.content.push_back(page);
        fs.put("site.yaml", "title: T\n");
        Route r;
        r.file = &tree.content[0];
        r.output_path = "reports/q1/index.html";
        r.publication = publication;
        routes.pages.push_back(r);
    }

    std::vector<Diagnostic> gate(const std::string& html, bool preview = false) {
        Diagnostics diags;
        DisclosureLog log;
        privacy_gate(tree, routes, {{"reports/q1/index.html", html}}, fs, {preview, 1}, diags, log);
        return diags.sorted();
    }
};

}  // namespace

TEST_CASE("privacy gate: a detail written nowhere as published is reported at the page's source, saying so") {
    Site site("---\ntitle: Q1\n---\nNothing here.\n");
    auto d = site.gate("<p>Call 07700 900123</p>");
    REQUIRE(d.size() == 1);
    CHECK(format_diagnostic(d[0]).starts_with(
        "content/reports/q1.md:1:1: error: possible phone number '07700 900123' in published text, in "
        "reports/q1/index.html; its exact place could not be found"));
}

TEST_CASE("privacy gate: a detail put together from several places points at the part that is written") {
    Site site("---\ntitle: Q1\n---\nThe witness was Jane Smith.\n");
    auto d = site.gate("<p>Jane Smith, 34, of Northmoor</p>");
    REQUIRE(d.size() == 1);
    CHECK(format_diagnostic(d[0]).starts_with(
        "content/reports/q1.md:4:22: error: possible name with an age 'jane smith, 34' in published text, in "
        "reports/q1/index.html; it is put together from this text and other text"));
}

TEST_CASE("privacy gate: in a preview, a detail in a page not yet published is a warning") {
    Site site("---\ntitle: Q1\ndraft: true\n---\nCall 07700 900123.\n", Publication::draft);
    auto d = site.gate("<p>Call 07700 900123.</p>", true);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::warning);
    CHECK(d[0].message == "possible phone number '07700 900123' in published text (this page is not published yet)");
    CHECK(d[0].pos.line == 5);
}

TEST_CASE("privacy gate: what is not published is not reported, even if the source has it") {
    Site site("---\ntitle: Q1\n---\n<!-- Call 07700 900123. -->\n");  // raw HTML is dropped
    CHECK(site.gate("<p><!-- raw HTML omitted --></p>").empty());
}

TEST_CASE("privacy gate: a page read as it was rendered, its bytes released, is reported as if read now") {
    Site site("---\ntitle: Q1\n---\nNothing here.\n");
    Diagnostics diags;
    DisclosureLog log;
    ScannedFiles scanned(site.tree.config, diags);
    scanned.scan({"reports/q1/index.html", "<p>Call 07700 900123</p>"});
    privacy_gate(site.tree, site.routes, {{"reports/q1/index.html", "", true}}, site.fs, {false, 1}, diags, log,
                 &scanned);
    auto streamed = diags.sorted();
    auto read_now = site.gate("<p>Call 07700 900123</p>");
    REQUIRE(streamed.size() == 1);
    REQUIRE(read_now.size() == 1);
    CHECK(format_diagnostic(streamed[0]) == format_diagnostic(read_now[0]));
}

TEST_CASE("privacy gate: a file streamed without being read is an error, never a clean file") {
    Site site("---\ntitle: Q1\n---\nNothing here.\n");
    for (bool with_scans : {false, true}) {
        Diagnostics diags;
        DisclosureLog log;
        ScannedFiles scanned(site.tree.config, diags);
        privacy_gate(site.tree, site.routes, {{"reports/q1/index.html", "", true}}, site.fs, {false, 1}, diags, log,
                     with_scans ? &scanned : nullptr);
        auto d = diags.sorted();
        REQUIRE(d.size() == 1);
        CHECK(format_diagnostic(d[0]).starts_with(
            "reports/q1/index.html:1:1: error: reports/q1/index.html was written without being read by the privacy "
            "gate"));
    }
}
