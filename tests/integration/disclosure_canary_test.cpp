// Canary test: the sample site with planted figures that disclosure control
// must hide, each with a distinctive value. After a build, no byte of the
// published site (HTML, CSV, JSON, sitemap, the report PDFs, anything) may
// contain one; nor may a PDF's words, read through its compressed streams
// and fonts as the privacy gate reads them.
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>

#include "io/zip_archive.hpp"
#include "privacy/published_text.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

Files sample_site_with_canaries() {
    Files site = sample_sources(CANDOUR_SOURCE_DIR);
    site["data/kpi/catalogue.yaml"] +=
        "\n  - id: canary-count\n    title: {en-GB: Canary count, cy: Cyfrif caneri}\n"
        "    definition: {en-GB: Planted., cy: Wedi'i blannu.}\n    unit: count\n"
        "    polarity: neutral\n    aim: aim-1\n    breakdowns: [sex]\n"
        "  - id: canary-median\n    title: {en-GB: Canary median, cy: Canolrif caneri}\n"
        "    definition: {en-GB: Planted., cy: Wedi'i blannu.}\n    unit: median_days\n"
        "    polarity: neutral\n    aim: aim-1\n"
        "  - id: canary-rate\n    title: {en-GB: Canary rate, cy: Cyfradd caneri}\n"
        "    definition: {en-GB: Planted., cy: Wedi'i blannu.}\n    unit: percentage\n"
        "    polarity: neutral\n    aim: aim-1\n    breakdowns: [sex]\n";
    site["data/kpi/canary.csv"] =
        "indicator,period,breakdown,group,value,numerator,denominator,base\n"
        // One small cell (1) and a published total: the next smallest (4817)
        // must be hidden too, or 97531 - 92713 - 4817 gives the 1 away.
        "canary-count,2024-25 Q2,,,97531,,,\n"
        "canary-count,2024-25 Q2,sex,Female,92713,,,\n"
        "canary-count,2024-25 Q2,sex,Male,4817,,,\n"
        "canary-count,2024-25 Q2,sex,Not recorded,1,,,\n"
        // A median worked out from 4 cases.
        "canary-median,2024-25 Q2,,,6173,,,4\n"
        // A percentage of 9 people (77.78%); a group whose numerator is small;
        // a group whose base is small.
        "canary-rate,2024-25 Q2,,,,7,9,\n"
        "canary-rate,2024-25 Q1,,,,8642,9753,\n"
        "canary-rate,2024-25 Q1,sex,Female,,8639,9001,\n"
        "canary-rate,2024-25 Q1,sex,Male,,3,743,\n"
        "canary-rate,2024-25 Q1,sex,Not recorded,,0,9,\n";
    return site;
}

// A PDF's bytes with every stream inflated (qpdf): the form its bytes are
// checked in, as compressed bytes hide nothing from a determined reader.
std::string inflated_pdf(const std::string& path) {
    std::string out;
    FILE* p = ::popen(("qpdf --qdf --object-streams=disable '" + path + "' -").c_str(), "r");
    if (!p) return out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    ::pclose(p);
    return out;
}

// `figure` in `bytes` as a number of its own, not inside a longer one: a
// PDF is full of glyph widths and coordinates, and 277.83203 (a glyph's
// width) holds 77.8 without saying anything.
bool has_number(const std::string& bytes, const std::string& figure) {
    auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(bytes[i])) != 0; };
    for (std::size_t at = bytes.find(figure); at != std::string::npos; at = bytes.find(figure, at + 1)) {
        std::size_t end = at + figure.size();
        if ((at == 0 || !digit(at - 1)) && (end == bytes.size() || !digit(end))) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("no published byte contains a planted figure that disclosure control hides") {
    TempDir dir;
    write_files(dir / "src", sample_site_with_canaries());
    auto r = run_candour({"build", "--pdf", "--source", dir / "src", "--output", dir / "site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    REQUIRE(out.count("indicators/canary-count/index.html"));
    REQUIRE(out.count("reports/2024-25-q2/report-2024-25-q2.pdf"));
    REQUIRE(out.count("indicators/canary-count/canary-count.csv"));

    // Shown figures are really there, so the scan would see a leak.
    CHECK(out["indicators/canary-count/canary-count.csv"].find("92713") != std::string::npos);

    const std::vector<std::string> canaries = {
        "4817", "4,817",  // secondary suppression in a breakdown
        "6173", "6,173",  // median from a small base
        "77.8", "77.78",  // percentage of a small base
        "0.4%", "0.40",   // Male rate: 3 of 743
    };
    int scanned = 0, spreadsheets = 0;
    for (const auto& [path, bytes] : out) {
        ++scanned;
        bool pdf = path.size() > 4 && path.compare(path.size() - 4, 4, ".pdf") == 0;
        if (!pdf) {
            // A spreadsheet is a zip: its cells are scanned inflated.
            std::string text = bytes;
            if (path.size() > 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0) {
                auto entries = candour::read_zip(bytes);
                REQUIRE(entries);
                ++spreadsheets;
                for (const auto& e : *entries) text += "\n" + e.bytes;
            }
            // As a number of its own: a chart's coordinate 77.82 is not 77.8.
            for (const auto& c : canaries) {
                INFO(path << " contains " << c);
                CHECK(!has_number(text, c));
            }
            continue;
        }
        // A PDF: every byte once inflated, and the words as the privacy gate
        // and a reader get them (glyphs mapped back to characters).
        std::string inflated = inflated_pdf(dir / "site/" + path);
        REQUIRE(inflated.size() > bytes.size());
        std::string words = candour::read_published({path, bytes}).text;
        for (const auto& c : canaries) {
            INFO(path << " contains " << c);
            CHECK_FALSE(has_number(inflated, c));
            CHECK(words.find(c) == std::string::npos);
        }
    }
    // The PDF's words are read, so the scan would see a leak there too.
    CHECK(candour::read_published({"r.pdf", out["reports/2024-25-q2/report-2024-25-q2.pdf"]}).text.find("790") !=
          std::string::npos);
    CHECK(spreadsheets > 10);
    // The canary's shown figures are in its spreadsheet, so a leak would be seen there too.
    auto book = candour::read_zip(out["indicators/canary-count/canary-count.xlsx"]);
    REQUIRE(book);
    std::string sheets;
    for (const auto& e : *book) sheets += e.bytes;
    CHECK(sheets.find("<v>92713</v>") != std::string::npos);
    CHECK(scanned > 100);
    // The hidden cells are there, as symbols.
    CHECK(out["indicators/canary-count/canary-count.csv"].find(
              "canary-count,Canary count,2024-25 Q2,July to September 2024,sex,Male,[c]") != std::string::npos);
    // Not recorded's base of 9 is hidden, and so is Male's denominator, or
    // 9753 - 9001 - 743 would give the 9 back.
    const auto& rate_csv = out["indicators/canary-rate/canary-rate.csv"];
    CHECK(rate_csv.find("2024-25 Q1,April to June 2024,sex,Male,[c],[c],[c],percentage") != std::string::npos);
    CHECK(rate_csv.find("2024-25 Q1,April to June 2024,sex,Not recorded,[c],[c],[c],percentage") != std::string::npos);
    // The report of what was hidden is beside the site, not in it.
    for (const auto& [path, _] : out) CHECK(path.find("disclosure-report") == std::string::npos);
    Files beside = read_tree(dir.path());
    CHECK(beside.count("src/reports/disclosure-report.md"));
    CHECK(beside["src/reports/disclosure-report.md"].find(
              "| canary-count | 2024-25 Q2 | sex | Male | value | secondary |") != std::string::npos);
    for (const auto& c : canaries) CHECK(beside["src/reports/disclosure-report.md"].find(c) == std::string::npos);
}
