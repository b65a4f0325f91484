// The sample site's spreadsheets, opened by an independent reader (Debian's
// python3-openpyxl, through tests/xlsx/check_workbooks.py): the guidance's
// layout, one Excel table a sheet, and every cell equal to the CSV beside it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/kpi_site.hpp"
#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("every spreadsheet of the sample site passes the openpyxl check") {
    REQUIRE(std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") == 0);  // scripts/install-deps.sh
    TempDir dir;
    Files sample = sample_sources(CANDOUR_SOURCE_DIR, {"content", "data", "templates", "releases", "static"});
    write_files(dir / "src", sample);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "site");
    // A spreadsheet beside every release and indicator CSV, the frozen
    // release's included (made from its frozen CSV).
    CHECK(out.count("data/kpi-2024-25-q2.xlsx"));
    CHECK(out.count("data/kpi-2024-25-q1.xlsx"));
    CHECK(out.count("indicators/charges/charges.xlsx"));
    std::string command = "/usr/bin/python3 '" + std::string(CANDOUR_TESTS_DIR) + "/xlsx/check_workbooks.py' '" +
                          (dir / "site") + "' > '" + (dir / "report.txt") + "' 2>&1";
    int rc = std::system(command.c_str());
    std::string report = read_text(dir / "report.txt");
    INFO(report);
    CHECK(rc == 0);
    CHECK(report.find("check_workbooks: 22 spreadsheets, 0 problems") != std::string::npos);
}

namespace {

// The small KPI site with a report for 2024-25 Q2, built with `site_yaml`
// added to its settings.
Files built_kpi_site(const std::string& site_yaml) {
    TempDir dir;
    Files site = kpi_site();
    site["site.yaml"] += site_yaml;
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\nperiod: 2024-25 Q2\n---\nText.\n";
    write_files(dir / "src", site);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return read_tree(dir / "out");
}

}  // namespace

TEST_CASE("downloads.spreadsheets: false leaves the spreadsheets and their links out") {
    Files out = built_kpi_site("downloads:\n  spreadsheets: false\n");
    for (const auto& [path, bytes] : out) {
        INFO(path);
        CHECK(path.find(".xlsx") == std::string::npos);
        CHECK(bytes.find(".xlsx\"") == std::string::npos);
    }
    CHECK(out["reports/q2/index.html"].find("kpi-2024-25-q2.csv") != std::string::npos);
}

TEST_CASE("by default a report page and an indicator page link their spreadsheets") {
    Files out = built_kpi_site("");
    CHECK(out["reports/q2/index.html"].find("<a href=\"../../data/kpi-2024-25-q2.xlsx\">spreadsheet (XLSX)</a>") !=
          std::string::npos);
    CHECK(out["indicators/charges/index.html"].find("<a href=\"charges.xlsx\">") != std::string::npos);
    CHECK(out.count("data/kpi-2024-25-q2.xlsx"));
    CHECK(out.count("indicators/charges/charges.xlsx"));
}
