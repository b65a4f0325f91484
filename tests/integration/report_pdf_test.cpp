// The report PDFs of `candour build --pdf` (docs/pdf.md), read back with
// independent tools (poppler's pdfinfo and pdftotext, qpdf) as a panel
// member's PDF reader or screen reader would: tagged, titled, with an
// outline of every heading and every heading and figure as real text.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "privacy/published_text.hpp"
#include "support/kpi_site.hpp"
#include "support/site_fixture.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

std::string command_output(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    ::pclose(p);
    return out;
}

// Runs of white space as one space, and the entities the pages use decoded.
std::string plain(std::string s) {
    s = std::regex_replace(s, std::regex("<[^>]*>"), "");
    for (auto [entity, c] : {std::pair{"&amp;", "&"}, {"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}})
        s = std::regex_replace(s, std::regex(entity), c);
    s = std::regex_replace(s, std::regex("\\s+"), " ");
    return std::regex_replace(s, std::regex("^ | $"), "");
}

// The headings of the report itself: the article, less its table of
// contents (print leaves navigation out).
std::vector<std::string> report_headings(const std::string& html) {
    std::size_t start = html.find("<article"), end = html.find("</article>");
    std::string article = html.substr(start, end - start);
    std::vector<std::string> headings;
    std::regex heading("<h[1-6]([^>]*)>([\\s\\S]*?)</h[1-6]>");
    for (std::sregex_iterator it(article.begin(), article.end(), heading), stop; it != stop; ++it) {
        if ((*it)[1].str().find("toc-heading") != std::string::npos) continue;
        headings.push_back(plain((*it)[2].str()));
    }
    return headings;
}

// Every figure the page shows in a table cell.
std::set<std::string> report_figures(const std::string& html) {
    std::set<std::string> figures;
    std::regex cell("data-kpi=\"[^\"]*\">([^<]*)<");
    for (std::sregex_iterator it(html.begin(), html.end(), cell), stop; it != stop; ++it) {
        figures.insert(plain((*it)[1].str()));
    }
    return figures;
}

void collect_titles(const nlohmann::json& items, std::vector<std::string>& out) {
    for (const auto& item : items) {
        out.push_back(item.value("title", ""));
        collect_titles(item.value("kids", nlohmann::json::array()), out);
    }
}

std::vector<std::string> outline_titles(const std::string& pdf) {
    auto json =
        nlohmann::json::parse(command_output("qpdf --json=2 --json-key=outlines '" + pdf + "'"), nullptr, false);
    std::vector<std::string> titles;
    if (json.is_object()) collect_titles(json.value("outlines", nlohmann::json::array()), titles);
    return titles;
}

// A small site with two reports (pages with a period), printed side by
// side, and links inside each (which Chromium names after its own element
// numbers).
Files site_with_report() {
    Files site = kpi_site();
    for (auto [q, date] : {std::pair{"1", "2024-08-15"}, {"2", "2024-11-14"}}) {
        site["content/reports/q" + std::string(q) + ".md"] =
            "---\ntitle: Q" + std::string(q) + " report\ndate: " + date + "\nperiod: 2024-25 Q" + q +
            "\n---\nSee [the summary](#summary).\n\n## Summary\n\nCharges rose.[^1]\n\n"
            "[^1]: Charges where the victim supports a prosecution.\n";
    }
    return site;
}

}  // namespace

TEST_CASE("candour build --pdf prints each report as a tagged PDF with its title, outline, headings and figures",
          "[pdf]") {
    TempDir dir;
    auto r = run_candour({"build", "--pdf", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("candour: 2 report PDFs printed by Chromium ") != std::string::npos);
    std::string pdf = dir / "site/reports/2024-25-q2/report-2024-25-q2.pdf";
    Files out = read_tree(dir / "site");
    REQUIRE(out.count("reports/2024-25-q2/report-2024-25-q2.pdf"));
    REQUIRE(out.count("reports/2024-25-q1/report-2024-25-q1.pdf"));
    // The list of reports links to each one.
    CHECK(out["reports/index.html"].find("/2024-25-q2/report-2024-25-q2.pdf\"") != std::string::npos);

    std::string info = command_output("pdfinfo '" + pdf + "'");
    CHECK(info.find("Tagged:          yes") != std::string::npos);
    CHECK(info.find("Title:           Quarterly report: July to September 2024") != std::string::npos);

    const std::string& html = out["reports/2024-25-q2/index.html"];
    std::string text = plain(command_output("pdftotext -enc UTF-8 '" + pdf + "' -"));
    auto headings = report_headings(html);
    REQUIRE(headings.size() > 10);
    for (const auto& h : headings) {
        INFO("heading: " << h);
        CHECK(text.find(h) != std::string::npos);
    }
    auto figures = report_figures(html);
    REQUIRE(figures.size() > 40);
    for (const auto& f : figures) {
        INFO("figure: " << f);
        CHECK(text.find(f) != std::string::npos);
    }
    std::set<std::string> titles;
    for (const auto& t : outline_titles(pdf)) titles.insert(plain(t));
    for (const auto& h : headings) {
        INFO("outline entry: " << h);
        CHECK(titles.count(h) == 1);
    }
    // The privacy gate reads the same words, not compressed glyph numbers.
    std::string gate_reads = read_published({"report.pdf", out["reports/2024-25-q2/report-2024-25-q2.pdf"]}).text;
    CHECK(gate_reads.find("headline figures for july to september 2024") != std::string::npos);
}

TEST_CASE("two builds give byte-identical report PDFs, dated by the report, and site.yaml 'pdf: true' asks for them",
          "[pdf]") {
    TempDir dir;
    Files site = site_with_report();
    write_files(dir / "src", site);
    site["site.yaml"] += "pdf: true\n";
    write_files(dir / "src-setting", site);
    REQUIRE(run_candour({"build", "--pdf", "--source", dir / "src", "--output", dir / "one"}).exit_code == 0);
    REQUIRE(run_candour({"build", "--source", dir / "src-setting", "--output", dir / "two"}).exit_code == 0);
    Files one = read_tree(dir / "one"), two = read_tree(dir / "two");
    for (std::string pdf : {"reports/q1/report-q1.pdf", "reports/q2/report-q2.pdf"}) {
        INFO(pdf);
        REQUIRE(one.count(pdf));
        REQUIRE(two.count(pdf));
        CHECK(one[pdf] == two[pdf]);
    }
    CHECK(one["reports/q1/index.html"].find("href=\"report-q1.pdf\"") != std::string::npos);
    std::string info = command_output("pdfinfo '" + dir / "one/reports/q1/report-q1.pdf" + "'");
    CHECK(info.find("CreationDate:    Thu Aug 15 00:00:00 2024 UTC") != std::string::npos);
}

TEST_CASE("a report PDF's page numbers are the catalogue's words", "[pdf]") {
    TempDir dir;
    Files site = site_with_report();
    std::string pdf = dir / "site/reports/q1/report-q1.pdf";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--pdf", "--source", dir / "src", "--output", dir / "site"}).exit_code == 0);
    CHECK(plain(command_output("pdftotext -enc UTF-8 '" + pdf + "' -")).find("Page 1 of ") != std::string::npos);

    site["templates/overrides/messages/en-GB.po"] =
        po_header + "msgid \"page.pdf.page_number\"\nmsgstr \"Sheet {page} (of {pages})\"\n";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--pdf", "--source", dir / "src", "--output", dir / "site"}).exit_code == 0);
    std::string text = plain(command_output("pdftotext -enc UTF-8 '" + pdf + "' -"));
    CHECK(text.find("Sheet 1 (of ") != std::string::npos);
    CHECK(text.find("Page 1 of ") == std::string::npos);
}

TEST_CASE("without Chromium, candour build --pdf fails, says how to fix it, and leaves the site as it was", "[pdf]") {
    TempDir dir;
    write_files(dir / "src", site_with_report());
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "site"}).exit_code == 0);
    Files before = read_tree(dir / "site");
    CHECK_FALSE(before.count("reports/q1/report-q1.pdf"));  // no PDF, and no link to one, unless asked
    CHECK(before["reports/q1/index.html"].find(".pdf") == std::string::npos);

    ::setenv("CHROMIUM", "/nonexistent/chromium", 1);
    auto r = run_candour({"build", "--pdf", "--source", dir / "src", "--output", dir / "site"});
    ::unsetenv("CHROMIUM");
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("error: the report PDFs were not made: Chromium is needed to print them, but "
                     "/nonexistent/chromium was not found") != std::string::npos);
    CHECK(r.err.find("apt-get install chromium") != std::string::npos);
    CHECK(read_tree(dir / "site") == before);
    for (const auto& [path, _] : read_tree(dir.path())) CHECK(path.find(".new-") == std::string::npos);
}
