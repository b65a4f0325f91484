// Every figure printed on every page of the sample site equals the figure in
// the matching CSV download: readers who download the data get exactly what
// they read.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "io/csv_reader.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

// key "indicator/period/breakdown/group/measure" -> the CSV cell
std::map<std::string, std::string> download_figures(const Files& site, const std::string& prefix) {
    std::map<std::string, std::string> figures;
    for (const auto& [path, bytes] : site) {
        if (path.rfind(prefix, 0) != 0 || path.size() < 4 || path.compare(path.size() - 4, 4, ".csv") != 0) continue;
        CsvText csv(path, bytes);
        Diagnostics diags;
        std::vector<std::string> header;
        csv.read(
            [&](CsvRecord& r) {
                if (header.empty()) {
                    header = r.fields;
                    return;
                }
                std::map<std::string, std::string> row;
                for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = r.fields[i];
                std::string key =
                    row["indicator"] + "/" + row["period"] + "/" + row["breakdown"] + "/" + row["group"] + "/";
                figures[key + "value"] = row["value"];
                if (!row["numerator"].empty()) figures[key + "numerator"] = row["numerator"];
                if (!row["denominator"].empty()) figures[key + "denominator"] = row["denominator"];
            },
            diags);
        REQUIRE_FALSE(diags.has_errors());
    }
    return figures;
}

// The files the sample's releases froze (releases/*/manifest.json): they show
// the figures as first published, and are checked byte for byte against their
// release instead (tests/integration/editions_test.cpp).
std::set<std::string> frozen_paths() {
    std::set<std::string> out;
    for (const auto& [path, bytes] : read_tree(std::string(CANDOUR_SOURCE_DIR) + "/releases")) {
        if (path.size() < 14 || path.compare(path.size() - 14, 14, "/manifest.json") != 0) continue;
        nlohmann::json manifest = nlohmann::json::parse(bytes);
        for (const auto& f : manifest["files"]) out.insert(f["path"].get<std::string>());
    }
    return out;
}

Files without_frozen(Files site) {
    for (const auto& path : frozen_paths()) site.erase(path);
    return site;
}

// "1,234 [r] (was 1,230)" -> "1234"; "14.3% [p]" -> "14.3"; "[c]" stays.
std::string as_download(std::string text) {
    // "(was 8.8%)", "(roedd yn 8.8%)": the earlier figure, in the page's language.
    if (auto was = text.find(" ("); was != std::string::npos) text.erase(was);
    for (const char* mark : {" [r]", " [p]"}) {
        auto at = text.find(mark);
        if (at != std::string::npos) text.erase(at, 4);
    }
    std::string out;
    for (char c : text) {
        if (c != ',' && c != '%') out += c;
    }
    return out;
}

}  // namespace

TEST_CASE("every figure on every page equals its CSV download") {
    TempDir dir;
    REQUIRE(run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "site"}).exit_code == 0);
    Files site = without_frozen(read_tree(dir / "site"));
    auto downloads = download_figures(site, "indicators/");
    REQUIRE(downloads.size() > 300);

    const std::regex figure(R"re(data-kpi="([^"]+)">([^<]*)<)re");
    int checked = 0;
    for (const auto& [path, bytes] : site) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        for (std::sregex_iterator it(bytes.begin(), bytes.end(), figure), end; it != end; ++it) {
            std::string key = (*it)[1];
            std::string text = (*it)[2];
            INFO(path << ": " << key << " shows '" << text << "'");
            REQUIRE(downloads.count(key));
            CHECK(as_download(text) == downloads.at(key));
            ++checked;
        }
    }
    // Indicator pages, the index, report tables and figures placed in narrative.
    CHECK(checked > 400);
}

TEST_CASE("each quarterly release download agrees with the indicator downloads") {
    TempDir dir;
    REQUIRE(run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "site"}).exit_code == 0);
    Files site = without_frozen(read_tree(dir / "site"));
    auto by_indicator = download_figures(site, "indicators/");
    auto by_release = download_figures(site, "data/kpi-");
    // Every figure of the periods not frozen in a release, and no other.
    std::map<std::string, std::string> current;
    for (const auto& [key, value] : by_indicator) {
        bool frozen = key.find("/2024-25 Q1/") != std::string::npos || key.find("/2024-25 Q2/") != std::string::npos;
        if (!frozen) current[key] = value;
    }
    REQUIRE(by_release.size() == current.size());
    CHECK(by_release == current);
}

TEST_CASE("every interview rating on the findings pages equals the ratings download") {
    TempDir dir;
    REQUIRE(run_candour({"build", "--source", CANDOUR_SOURCE_DIR, "--output", dir / "site"}).exit_code == 0);
    Files site = read_tree(dir / "site");
    REQUIRE(site.count("data/survey-ratings.csv"));
    // theme[/breakdown=group]/period/rating -> count
    std::map<std::string, std::string> download;
    int on_pages = 0;  // the overall rows, and each group's cumulative row: a group's periods are in the download only
    CsvText csv("data/survey-ratings.csv", site.at("data/survey-ratings.csv"));
    Diagnostics diags;
    bool header = true;
    csv.read(
        [&](CsvRecord& r) {
            if (std::exchange(header, false)) return;
            // theme,theme_title,breakdown,breakdown_title,group,period,period_label,rating,rating_label,count
            REQUIRE(r.fields.size() == 10);
            bool overall = r.fields[2].empty();
            std::string table = overall ? r.fields[0] : r.fields[0] + "/" + r.fields[2] + "=" + r.fields[4];
            download[table + "/" + r.fields[5] + "/" + r.fields[7]] = r.fields[9];
            if (overall || r.fields[5] == "all") ++on_pages;
        },
        diags);
    REQUIRE(download.size() > 50);
    const std::regex figure(R"re(data-survey="([^"]+)">([^<]*)<)re");
    int checked = 0;
    for (const auto& [path, bytes] : site) {
        if (path.rfind("findings/", 0) != 0) continue;
        for (std::sregex_iterator it(bytes.begin(), bytes.end(), figure), end; it != end; ++it) {
            INFO(path << ": " << (*it)[1] << " shows '" << (*it)[2] << "'");
            REQUIRE(download.count((*it)[1]));
            CHECK(as_download((*it)[2]) == download.at((*it)[1]));
            ++checked;
        }
    }
    CHECK(checked == on_pages);  // every overall and cumulative row is on a page, and only those
}
