// `candour audit SITE_DIR [--source SRC]` attacks a published site as a
// reader would, from its downloads and the relations published beside them
// (or the source's catalogue), and says which hidden figures can be worked
// out: exit 0 for none, 1 with one located line each, 2 when it cannot audit.
#include <catch2/catch.hpp>
#include <fstream>

#include "support/site_fixture.hpp"

using namespace candour::testing;

namespace {

// The sample site, built into dir/site.
void build_sample(const TempDir& dir) {
    auto r = run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "site"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("the sample site's published downloads pass the audit") {
    TempDir dir;
    build_sample(dir);
    auto r = run_candour({"audit", dir / "site"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("none can be worked out") != std::string::npos);
    // With the catalogue from the source instead of data/disclosure.json, the same.
    auto with_source = run_candour({"audit", dir / "site", "--source", CANDOUR_SOURCE_DIR});
    CHECK(with_source.exit_code == 0);
}

TEST_CASE("a site that published a complement is caught, at the hidden figure, without its value") {
    TempDir dir;
    build_sample(dir);
    // The sample hides Effectiveness in April to June 2024 so that Respect
    // cannot be worked out from the overall figure: publish it everywhere.
    std::string hidden = "survey-theme,Effectiveness,[c],[c],15";
    std::string shown = "survey-theme,Effectiveness,40.0,6,15";
    for (const char* file : {"data/kpi-2024-25-q1.csv", "indicators/survey-rating/survey-rating.csv"}) {
        replace_in(dir / "site/" + file, hidden, shown);
    }
    auto r = run_candour({"audit", dir / "site"});
    CHECK(r.exit_code == 1);
    auto lines = lines_of(r.err);
    std::vector<std::string> errors;
    for (const auto& l : lines) {
        if (l.find(": error: ") != std::string::npos) errors.push_back(l);
    }
    INFO(r.err);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("data/kpi-2024-25-q1.csv:") != std::string::npos);
    // April to June 2024 is a release the sample keeps online: the figure is
    // named as that release shows it.
    CHECK(errors[0].find(": error: hidden figure survey-rating 2024-25 Q1 survey-theme=Respect (numerator), as "
                         "released in 2024-25 Q1 can be worked out exactly from the published figures") !=
          std::string::npos);
    // Respect's true figure is never printed (the temporary folder's name,
    // which holds the process id, is left out of the search).
    std::string said = r.err;
    for (auto at = said.find(dir.path()); at != std::string::npos; at = said.find(dir.path()))
        said.replace(at, dir.path().size(), "SITE");
    CHECK(said.find("11") == std::string::npos);
    CHECK(r.out.find("1 can be worked out") != std::string::npos);
}

TEST_CASE("a site with no published relations needs --source") {
    TempDir dir;
    build_sample(dir);
    std::remove((dir / "site/data/disclosure.json").c_str());
    auto r = run_candour({"audit", dir / "site"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("has no data/disclosure.json") != std::string::npos);
    CHECK(r.err.find("--source") != std::string::npos);
    CHECK(run_candour({"audit", dir / "site", "--source", CANDOUR_SOURCE_DIR}).exit_code == 0);
    CHECK(run_candour({"audit", dir / "no-such-folder"}).exit_code == 2);
}

TEST_CASE("downloads never hold a cell a spreadsheet would run, and figures stay numbers") {
    TempDir dir;
    Files site = minimal_site();
    site["data/kpi/catalogue.yaml"] =
        "aims:\n  - id: a\n    title: A\nindicators:\n  - id: c\n    title: \"=SUM(A1:A9)\"\n    definition: D.\n"
        "    unit: count\n    polarity: neutral\n    aim: a\n";
    site["data/kpi/figures.csv"] =
        "indicator,period,value,note\nc,2024-25 Q1,40,\"=HYPERLINK(\"\"http://example.com\"\")\"\nc,2024-25 "
        "Q2,52,@cmd\n";
    write_files(dir / "src", site);
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "out");
    int checked = 0;
    for (const auto& [path, bytes] : out) {
        bool csv = path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0;
        bool json =
            path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0 && path.find("data/kpi-") == 0 &&
            path.find("-metadata") == std::string::npos;  // CSV on the Web keys such as "@context" are not cells
        if (!csv && !json) continue;
        INFO(path);
        CHECK(bytes.find(",=") == std::string::npos);
        CHECK(bytes.find(",@") == std::string::npos);
        CHECK(bytes.find("\"=") == std::string::npos);
        CHECK(bytes.find("\"@") == std::string::npos);
        ++checked;
    }
    CHECK(checked >= 4);
    const std::string& release = out.at("data/kpi-2024-25-q1.csv");
    CHECK(release.find(",'=SUM(A1:A9),") != std::string::npos);
    CHECK(release.find(",40,") != std::string::npos);
    CHECK(release.find("\"'=HYPERLINK(\"\"http://example.com\"\")\"") != std::string::npos);
    CHECK(out.at("data/kpi-2024-25-q2.json").find("\"note\": \"'@cmd\"") != std::string::npos);
}
