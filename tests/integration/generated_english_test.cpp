// The English candour writes around the figures, read on whole sample
// sites: a change said once, no empty tags, captions that add to their
// heading instead of repeating it, and sentences whose verb agrees with
// any indicator's title.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "support/rendered_site.hpp"

using namespace candour::testing;

namespace {

struct Sample {
    const char* name;
    std::string dir;
    candour::Date today;  // a day after the sample's latest report
};

std::vector<Sample> samples() {
    return {{"Northmoor", CANDOUR_SOURCE_DIR, {2024, 12, 20}},
            {"Westvale", std::string(CANDOUR_SOURCE_DIR) + "/examples/westvale", {2025, 3, 10}}};
}

const RenderedFiles& rendered(const Sample& s) {
    static std::map<std::string, RenderedFiles> cache;
    auto it = cache.find(s.dir);
    if (it == cache.end()) it = cache.emplace(s.dir, render_source(s.dir, s.today)).first;
    return it->second;
}

bool is_html(const std::string& path) {
    return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

// Pages candour writes now: a frozen release's pages are kept byte for byte
// as they were published (docs/releases.md), words and all.
std::map<std::string, std::string> current_pages(const Sample& s) {
    std::set<std::string> frozen;
    std::filesystem::path releases = std::filesystem::path(s.dir) / "releases";
    if (std::filesystem::exists(releases)) {
        for (const auto& release : std::filesystem::directory_iterator(releases)) {
            for (const auto& f : std::filesystem::recursive_directory_iterator(release.path())) {
                if (f.is_regular_file()) frozen.insert(std::filesystem::relative(f.path(), release.path()).string());
            }
        }
    }
    std::map<std::string, std::string> out;
    for (const auto& [path, bytes] : rendered(s).files) {
        if (is_html(path) && !frozen.count(path)) out[path] = bytes;
    }
    return out;
}

std::string text_of(std::string html) {
    html = std::regex_replace(html, std::regex("<[^>]*>"), "");
    return std::regex_replace(html, std::regex("\\s+"), " ");
}

}  // namespace

TEST_CASE("a change is said once, and a tag always has words in it") {
    const std::regex twice("no change <strong class=\"tag[^\"]*\">no change</strong>");
    const std::regex empty_tag("<strong class=\"tag[^\"]*\">\\s*</strong>");
    for (const auto& sample : samples()) {
        REQUIRE(rendered(sample).problems == std::vector<std::string>{});
        int pages = 0;
        for (const auto& [path, bytes] : current_pages(sample)) {
            ++pages;
            INFO(sample.name << ": " << path);
            CHECK(!std::regex_search(bytes, twice));
            CHECK(!std::regex_search(bytes, empty_tag));
            CHECK(bytes.find("tag--changed") == std::string::npos);
        }
        CHECK(pages > 20);
    }
}

TEST_CASE("a table's caption does not repeat the heading above it") {
    for (const auto& sample : samples()) {
        for (const auto& [path, bytes] : current_pages(sample)) {
            for (auto at = bytes.find("<caption>"); at != std::string::npos; at = bytes.find("<caption>", at + 1)) {
                auto h2 = bytes.rfind("<h2", at);
                auto h3 = bytes.rfind("<h3", at);
                auto h = h2 == std::string::npos ? h3 : (h3 == std::string::npos ? h2 : std::max(h2, h3));
                if (h == std::string::npos) continue;
                auto h_open = bytes.find('>', h) + 1;
                std::string heading = text_of(bytes.substr(h_open, bytes.find("</h", h_open) - h_open));
                std::string caption = text_of(bytes.substr(at + 9, bytes.find("</caption>", at) - at - 9));
                INFO(sample.name << ": " << path << "\n  heading: " << heading << "\n  caption: " << caption);
                CHECK(caption.rfind(heading, 0) != 0);
            }
        }
    }
}

TEST_CASE("the sentence under an indicator's latest figure agrees with its title") {
    const RenderedFiles& site = rendered(samples()[0]);
    // "Charges where the victim supports a prosecution" is plural: never "charges ... was".
    const std::string& charges = site.files.at("indicators/charges/index.html");
    CHECK(charges.find("the number of charges where the victim supports a prosecution was") != std::string::npos);
    CHECK(charges.find(", charges where the victim supports a prosecution was") == std::string::npos);
    CHECK(charges.find(" It rose") == std::string::npos);
    const std::string& rate = site.files.at("indicators/withdrawal-rate/index.html");
    CHECK(rate.find("victim withdrawal rate stood at") != std::string::npos);
}
