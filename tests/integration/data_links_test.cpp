// Links in the Markdown of findings, trackers and action plans are checked
// and rewritten as in pages, written from the top of content/; addresses
// that would run a script are located errors, in pages and data files, with
// or without markdown.unsafe_html.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string findings =
    "title: Round one\n"
    "published: 2025-01-20\n"
    "findings:\n"
    "  - theme: effectiveness\n"
    "    said: Several victims and survivors said they were not told about delays.\n"
    "    did: Officers now call every 28 days.\n"
    "    status: done\n"
    "    updated: 2024-11-30\n";

const std::string tracker =
    "title: Phase 1\n"
    "inspectorate: HMICFRS\n"
    "published: 2021-07-16\n"
    "response_published: 2021-09-08\n"
    "responding_for: [Chief constables]\n"
    "recommendations:\n"
    "  - number: 1\n"
    "    text: Improve case building.\n"
    "    addressed_to: [Chief constables]\n"
    "    response: A joint plan was agreed.\n"
    "    status: in progress\n";

const std::string plan =
    "title: Plan\n"
    "period: 2024-25 Q3\n"
    "sections:\n"
    "  - title: Supporting victims\n"
    "    actions:\n"
    "      - number: \"1.1\"\n"
    "        action: Call victims every 28 days\n"
    "        owner: Head of Public Protection\n"
    "        status: complete\n"
    "        update: Done in November.\n";

const std::string F = "data/findings/round.yaml";
const std::string T = "data/trackers/phase-1.yaml";
const std::string P = "data/action-plans/plan.yaml";

Files site_with(const std::string& path, const std::string& from, const std::string& to) {
    Files site = kpi_site();
    site["site.yaml"] += "bodies: [Chief constables]\n";
    site[F] = findings;
    site[T] = tracker;
    site[P] = plan;
    std::string& text = site[path];
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return site;
}

RunResult build(const Files& site, TempDir& dir) {
    write_files(dir / "src", site);
    return run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a broken link in a tracker response is an error at its line and column, with a suggestion") {
    TempDir dir;
    auto r = build(site_with(T, "A joint plan was agreed.", "See [the report](reports/q2.md)."), dir);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{
              T + ":10:19: error: link to 'reports/q2.md', but there is no page content/reports/q2.md"});
    CHECK(has(r.err, "did you mean 'reports/q1.md'?"));
    CHECK(!read_tree(dir.path()).count("site/index.html"));
}

TEST_CASE("a link in a block scalar is located on its own line; climbing out of content/ says how to write it") {
    TempDir dir;
    auto r = build(
        site_with(T, "    response: A joint plan was agreed.\n",
                  "    response: |\n      A joint plan was agreed.\n\n      See [the method](../../reports/q1.md).\n"),
        dir);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{T + ":13:11: error: link '../../reports/q1.md' climbs out of the content folder"});
    CHECK(has(r.err, "written from the top of content/: 'about/methodology.md'"));
}

TEST_CASE("a missing heading in a finding's link lists the headings there") {
    TempDir dir;
    auto r = build(site_with(F, "call every 28 days.", "call every 28 days ([why](reports/q1.md#sumary))."), dir);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{
              F + ":6:43: error: link to 'reports/q1.md#sumary', but that page has no heading '#sumary'"});
    CHECK(has(r.err, "headings there: summary"));
}

TEST_CASE("links to pages in findings, responses and updates are the right address on every page showing them") {
    Files site = site_with(F, "call every 28 days.", "call every 28 days ([the report](reports/q1.md#summary)).");
    site[T].replace(site[T].find("A joint plan was agreed."), 24, "See [all reports](/reports/_index.md).");
    site[P].replace(site[P].find("Done in November."), 17, "See [the report](reports/q1.md) and [home](_index.md).");
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    CHECK(has(out["findings/effectiveness/index.html"], "<a href=\"../../reports/q1/#summary\">the report</a>"));
    CHECK(has(out["trackers/phase-1/recommendation-1/index.html"], "<a href=\"../../../reports/\">all reports</a>"));
    const std::string& plan_page = out["action-plans/plan/index.html"];
    CHECK(has(plan_page, "<a href=\"../../reports/q1/\">the report</a>"));
    CHECK(has(plan_page, "<a href=\"../../\">home</a>"));
    for (const auto& [path, bytes] : out) CHECK(!has(bytes, ".md\""));
}

TEST_CASE("a javascript: link in a page is a located error, not an empty href") {
    Files site = kpi_site();
    site["content/reports/q1.md"] += "\nSee [this](JavaScript:alert(1)) and ![chart](data:image/png;base64,AAAA).\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(error_lines(r.err) ==
          std::vector<std::string>{
              "content/reports/q1.md:9:5: error: this link is a 'javascript:' address, which runs a script instead of "
              "opening a page",
              "content/reports/q1.md:9:37: error: this image's address is a 'data:' address, which puts a whole file "
              "inside the page; browsers and the site's security policy block it"});
}

TEST_CASE("a javascript: link in a data file is a located error; an entity or a tab does not hide it") {
    Files site = site_with(T, "A joint plan was agreed.", "See [x](java&#x09;script:alert(1)).");
    site[P].replace(site[P].find("Done in November."), 17, "Done, see <vbscript:msgbox>");
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(
        error_lines(r.err) ==
        std::vector<std::string>{
            P + ":10:27: error: this link is a 'vbscript:' address, which runs a script instead of opening a page",
            T + ":10:19: error: this link is a 'javascript:' address, which runs a script instead of opening a page"});
}

TEST_CASE("with unsafe_html, raw HTML is kept but dangerous addresses and event handlers are errors") {
    Files site = kpi_site();
    site["site.yaml"] += "markdown:\n  unsafe_html: true\n";
    site["content/reports/q1.md"] +=
        "\nKept: <b>bold</b>.\n\n"
        "<a title=\"x\" href=\"&#106;avascript:alert(1)\">raw</a>\n\n"
        "[md](javascript:alert(1)) <img alt=\"a\" src=\"a.png\" onerror=\"alert(1)\">\n\n"
        "<form><button formaction=\" vbscript:x\">Go</button></form>\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    auto lines = error_lines(r.err);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] ==
          "content/reports/q1.md:11:14: error: the HTML attribute 'href' is a 'javascript:' address, which "
          "runs a script instead of opening a page");
    CHECK(lines[1] ==
          "content/reports/q1.md:13:1: error: this link is a 'javascript:' address, which runs a script "
          "instead of opening a page");
    CHECK(lines[2] ==
          "content/reports/q1.md:13:52: error: the HTML attribute 'onerror' runs a script when the reader "
          "uses the page");
    CHECK(lines[3] ==
          "content/reports/q1.md:15:15: error: the HTML attribute 'formaction' is a 'vbscript:' address, "
          "which runs a script instead of opening a page");
}

TEST_CASE("with unsafe_html, harmless raw HTML still builds") {
    Files site = kpi_site();
    site["site.yaml"] += "markdown:\n  unsafe_html: true\n";
    site["content/reports/q1.md"] +=
        "\n<a href=\"https://www.gov.uk\" title=\"javascript: not a link\">GOV.UK</a> <b>bold</b>\n";
    TempDir dir;
    auto r = build(site, dir);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(has(read_tree(dir / "site")["reports/q1/index.html"],
              "<a href=\"https://www.gov.uk\" title=\"javascript: not a link\">GOV.UK</a> <b>bold</b>"));
}
