// Where the disclosure report goes: a folder that is never published (the
// source's reports/ by default, or --report-dir), with a warning when that
// folder is inside the output folder or inside the folder holding it, which
// is likely a web server's root.
#include <catch2/catch.hpp>

#include "support/kpi_site.hpp"

using namespace candour::testing;

TEST_CASE("the disclosure report goes to the source's reports/ folder by default, not beside the site") {
    TempDir dir;
    write_files(dir / "src", kpi_site());
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "www/rasso"});
    REQUIRE(r.exit_code == 0);
    Files all = read_tree(dir.path());
    REQUIRE(all.count("src/reports/disclosure-report.md"));
    CHECK(all["src/reports/disclosure-report.md"].rfind("# Disclosure report", 0) == 0);
    // Nowhere beside the output, which /srv/www/rasso-disclosure-report.md would have been.
    for (const auto& [path, _] : all) {
        if (path.find("disclosure-report") != std::string::npos) CHECK(path == "src/reports/disclosure-report.md");
    }
    CHECK(warning_lines(r.err).empty());
    CHECK(r.out.find("see " + dir / "src/reports/disclosure-report.md") != std::string::npos);
}

TEST_CASE("a --report-dir folder gets the disclosure report, the source keeps none") {
    TempDir dir;
    write_files(dir / "src", kpi_site());
    auto r = run_candour(
        {"build", "--source", dir / "src", "--output", dir / "www/rasso", "--report-dir", dir / "private/q2"});
    REQUIRE(r.exit_code == 0);
    Files all = read_tree(dir.path());
    CHECK(all.count("private/q2/disclosure-report.md"));
    CHECK_FALSE(all.count("src/reports/disclosure-report.md"));
    CHECK(warning_lines(r.err).empty());
}

TEST_CASE("a report folder inside the output or its parent web root is warned about, naming the path") {
    TempDir dir;
    write_files(dir / "src", kpi_site());
    // Beside the site in the web root, as the old default was.
    auto beside = run_candour(
        {"build", "--source", dir / "src", "--output", dir / "www/rasso", "--report-dir", dir / "www/reports"});
    REQUIRE(beside.exit_code == 0);
    std::string report = dir / "www/reports/disclosure-report.md";
    CHECK(beside.err.find(report + ":1:1: warning: the disclosure report " + report + " is inside " + dir / "www" +
                          ", the folder that holds the output folder " + dir / "www/rasso") != std::string::npos);
    CHECK(beside.err.find("--report-dir") != std::string::npos);
    // Inside the output itself.
    auto inside = run_candour(
        {"build", "--source", dir / "src", "--output", dir / "www/rasso", "--report-dir", dir / "www/rasso/private"});
    REQUIRE(inside.exit_code == 0);
    CHECK(inside.err.find("warning: the disclosure report " + dir / "www/rasso/private/disclosure-report.md" +
                          " is inside the output folder " + dir / "www/rasso") != std::string::npos);
}

TEST_CASE("the default report folder, in the source, is not warned about when the output is beside the source") {
    // ~/rasso (the source) and ~/rasso-site (the output): the report is in
    // ~/rasso/reports, inside the output's parent but in the source.
    TempDir dir;
    write_files(dir / "rasso", kpi_site());
    auto r = run_candour({"build", "--source", dir / "rasso", "--output", dir / "rasso-site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(read_tree(dir.path()).count("rasso/reports/disclosure-report.md"));
    CHECK(r.err.find("disclosure report") == std::string::npos);
}
