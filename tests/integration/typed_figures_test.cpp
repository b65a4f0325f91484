// A hidden figure typed into a page's words, or into a finding, a tracker or
// an action plan, stops the build with a located error that names the figure
// but never repeats its value; numbers that are not figures (sections,
// dates, changes, bounds) pass. The corpus test builds a copy of the sample
// site with tests/data/typed_figures/*.txt as report pages.
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string typed = ": error: a figure hidden by disclosure control is typed here: ";

// kpi_site(): charges for July to September 2024 are 52, Female 48 and Male
// 4; Male is shown as [c], and Female with it (52 - 48 would give 4 away).
RunResult build_with(Files site) {
    TempDir dir;
    write_files(dir / "src", site);
    return run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
}

RunResult build_report(const std::string& front, const std::string& body) {
    Files site = kpi_site();
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\n" + front + "---\n" + body;
    return build_with(site);
}

std::vector<std::string> typed_errors(const std::string& err) {
    std::vector<std::string> out;
    for (const auto& line : error_lines(err)) {
        if (line.find(typed) != std::string::npos) out.push_back(line);
    }
    return out;
}

bool has_number(const std::string& text, const std::string& number) {
    return std::regex_search(text, std::regex("(^|[^0-9.])" + number + "([^0-9]|$)"));
}

}  // namespace

TEST_CASE("a hidden figure typed into a quarterly report is a located error naming it, with a way round it") {
    auto r = build_report("period: 2024-25 Q2\n", "Charges rose to 52.\n\nOnly 4 charges were for male victims.\n");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("content/reports/q2.md:7:6" + typed +
                     "Charges, July to September 2024, Sex of the victim: Male\n"
                     "  hint: typed into the text, it is published whatever disclosure control decided: write around "
                     "it (\"fewer than 5\"), or place it with `kpi charges 2024-25 Q2 sex=Male`, which shows [c]\n") !=
          std::string::npos);
    CHECK(typed_errors(r.err).size() == 1);  // 52 is published
    // Nowhere does the message or its hint repeat the hidden value.
    auto at = r.err.find(typed);
    REQUIRE(at != std::string::npos);
    std::string said = r.err.substr(at, r.err.find("\ncandour:", at) - at);
    CHECK_FALSE(has_number(said, "4"));
}

TEST_CASE("the issue's own input: an inline code span beside a kpi block for the same indicator") {
    auto r = build_report("period: 2024-25 Q2\n", "Charges: `4`.\n\n```kpi\nindicator: charges\nbreakdown: sex\n```\n");
    CHECK(starts_with_each(typed_errors(r.err), {"content/reports/q2.md:5:11" + typed +
                                                 "Charges, July to September "
                                                 "2024, Sex of the victim: Male"}));
}

TEST_CASE("a figure hidden so that another cannot be worked out is caught too, with its own advice") {
    auto r = build_report("period: 2024-25 Q2\n", "Female victims saw 48 charges.\n");
    CHECK(r.err.find("content/reports/q2.md:5:20" + typed +
                     "Charges, July to September 2024, Sex of the victim: Female\n"
                     "  hint: typed into the text, it is published whatever disclosure control decided: leave the "
                     "number out, or place it with `kpi charges 2024-25 Q2 sex=Female`, which shows [c]\n") !=
          std::string::npos);
}

TEST_CASE("numbers that are not figures pass: sections, dates, quarter codes, changes, bounds and embeds") {
    auto r = build_report("period: 2024-25 Q2\n",
                          "## 4. Charges\n\n"
                          "Recommendation 4 asked for more charges. Section 48 of the plan covers charges.\n\n"
                          "Charges for 2024-25 Q2 were counted on 4 October 2024, and charges rose by 4.\n\n"
                          "Fewer than 5 charges were for male victims: `kpi charges 2024-25 Q2 sex=Male`.\n\n"
                          "See [the charges table](https://www.gov.uk/report-4) for charges.\n");
    INFO(r.err);
    CHECK(r.exit_code == 0);
}

TEST_CASE("a page with no period is checked only where a sentence names the period") {
    SECTION("no period named: the number is not tied to any figure") {
        auto r = build_report("", "Only 4 charges were for male victims.\n");
        INFO(r.err);
        CHECK(r.exit_code == 0);
    }
    SECTION("the sentence names the quarter") {
        auto r = build_report("", "From July to September 2024, only 4 charges were for male victims.\n");
        CHECK(starts_with_each(typed_errors(r.err), {"content/reports/q2.md:4:35" + typed}));
    }
}

TEST_CASE("a draft is not published, so its words are not checked by build") {
    auto r = build_report("period: 2024-25 Q2\ndraft: true\n", "Only 4 charges were for male victims.\n");
    INFO(r.err);
    CHECK(r.exit_code == 0);
}

TEST_CASE("the title and summary of a report are its words too") {
    auto r = build_report("period: 2024-25 Q2\nsummary: \"Charges rose, though only 4 were for male victims.\"\n",
                          "Text.\n");
    CHECK(starts_with_each(typed_errors(r.err), {"content/reports/q2.md:4:37" + typed}));
}

TEST_CASE("findings, tracker responses and action-plan updates are checked, located in their YAML") {
    Files site = kpi_site();
    site["data/findings/round.yaml"] =
        "title: Round one\npublished: 2025-01-20\nfindings:\n"
        "  - theme: effectiveness\n"
        "    said: Victims said they were not told about delays.\n"
        "    did: |\n"
        "      Officers now call every 28 days.\n"
        "      Only 4 cases with male victims were charged,\n"
        "      so the force is reviewing them.\n"
        "    status: done\n    updated: 2024-11-30\n";
    site["site.yaml"] += "bodies: [Chief constables]\n";
    site["data/trackers/phase-1.yaml"] =
        "title: Phase 1\ninspectorate: HMICFRS\npublished: 2021-07-16\nresponse_published: 2021-09-08\n"
        "responding_for: [Chief constables]\nrecommendations:\n"
        "  - number: 4\n    text: Improve case building in 4 weeks.\n    addressed_to: [Chief constables]\n"
        "    response: >-\n      Charges for female victims\n      reached 48 this year.\n"
        "    status: complete\n";
    site["data/action-plans/plan.yaml"] =
        "title: Plan\nperiod: 2024-25 Q2\nsections:\n  - title: Supporting victims\n    actions:\n"
        "      - number: \"1.1\"\n        action: Call victims every 28 days\n        owner: Head of Public "
        "Protection\n"
        "        status: in progress\n        update: \"Male victims saw 4 charges.\"\n";
    auto r = build_with(site);
    CHECK(starts_with_each(typed_errors(r.err),
                           {"data/action-plans/plan.yaml:10:35" + typed + "Charges, July to September 2024, Sex",
                            "data/findings/round.yaml:8:12" + typed + "Charges, July to September 2024, Sex",
                            "data/trackers/phase-1.yaml:12:15" + typed + "Charges, July to September 2024, Sex"}));
}

TEST_CASE("catalogue synonyms name a group in the editor's own words") {
    Files site = kpi_site();
    std::string& cat = site["data/kpi/catalogue.yaml"];
    cat.replace(cat.find("    groups: [Female, Male]\n"), 27,
                "    groups: [Female, Male]\n    synonyms:\n      Male: [men, boys]\n");
    site["content/reports/q2.md"] = "---\ntitle: Q2\nperiod: 2024-25 Q2\n---\nOnly 4 men saw their case reach court.\n";
    auto r = build_with(site);
    CHECK(starts_with_each(typed_errors(r.err), {"content/reports/q2.md:5:6" + typed +
                                                 "Charges, July to September "
                                                 "2024, Sex of the victim: Male"}));
}

TEST_CASE("a synonym for a group the breakdown does not have is a located error") {
    Files site = kpi_site();
    std::string& cat = site["data/kpi/catalogue.yaml"];
    cat.replace(cat.find("    groups: [Female, Male]\n"), 27,
                "    groups: [Female, Male]\n    synonyms:\n      Mail: [men]\n");
    auto r = build_with(site);
    CHECK(starts_with_each(error_lines(r.err),
                           {"data/kpi/catalogue.yaml:9:7: error: 'Mail' is not a group of this breakdown"}));
    CHECK(r.err.find("did you mean 'Male'?") != std::string::npos);
}

// ---- The corpus ----

namespace {

struct Sentence {
    std::string period;  // "none": a page with no period of its own
    std::string text;
};

std::vector<Sentence> corpus(const std::string& name) {
    std::ifstream in(std::string(CANDOUR_TESTS_DIR) + "/data/typed_figures/" + name);
    REQUIRE(in);
    std::vector<Sentence> out;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        auto bar = line.find(" | ");
        REQUIRE(bar != std::string::npos);
        out.push_back({line.substr(0, bar), line.substr(bar + 3)});
    }
    return out;
}

// One report page per period and kind, each sentence a paragraph; the line
// each sentence is on, by file.
struct CorpusPages {
    std::map<std::string, std::map<int, std::string>> lines;  // file -> line -> sentence
};

CorpusPages add_pages(Files& site, const std::string& kind, const std::vector<Sentence>& sentences) {
    CorpusPages pages;
    std::map<std::string, std::vector<std::string>> by_period;
    for (const auto& s : sentences) by_period[s.period].push_back(s.text);
    for (const auto& [period, texts] : by_period) {
        std::string slug = period;
        for (char& c : slug) c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string file = "content/reports/typed-" + kind + "-" + slug + ".md";
        std::string page = "---\ntitle: \"Typed figures, " + kind + ", " + period + "\"\n" +
                           (period == "none" ? "" : "period: " + period + "\n") + "---\n";
        int line = 5 - (period == "none" ? 1 : 0);
        for (const auto& t : texts) {
            page += t + "\n\n";
            pages.lines[file][line] = t;
            line += 2;
        }
        site[file] = page;
    }
    return pages;
}

Files sample_site() {
    return sample_sources(CANDOUR_SOURCE_DIR);
}

}  // namespace

TEST_CASE("the typed-figure corpus: every leaking sentence stopped at its line, at most 5% of clean ones flagged") {
    auto leaking = corpus("leaking.txt");
    auto clean = corpus("clean.txt");
    REQUIRE(leaking.size() >= 40);
    REQUIRE(clean.size() >= 40);
    Files site = sample_site();
    CorpusPages leak_pages = add_pages(site, "leaking", leaking);
    CorpusPages clean_pages = add_pages(site, "clean", clean);
    TempDir dir;
    write_files(dir / "src", site);
    auto r = run_candour({"check", "--source", dir / "src"});

    std::map<std::string, std::map<int, int>> found;  // typed-figure errors by file and line
    for (const auto& line : error_lines(r.err)) {
        auto at = line.find(typed);
        // Every error of the build is a typed figure in a corpus page: the
        // sample's own pages, findings, trackers and plan pass.
        INFO(line);
        REQUIRE(at != std::string::npos);
        std::string file = line.substr(0, line.find(':'));
        REQUIRE(file.rfind("content/reports/typed-", 0) == 0);
        int number = std::stoi(line.substr(file.size() + 1));
        ++found[file][number];
    }
    int caught = 0, flagged = 0;
    for (const auto& [file, lines] : leak_pages.lines) {
        for (const auto& [line, text] : lines) {
            if (found[file].count(line)) {
                ++caught;
            } else {
                UNSCOPED_INFO("not caught: " << text);
            }
        }
    }
    for (const auto& [file, lines] : clean_pages.lines) {
        for (const auto& [line, text] : lines) {
            if (found[file].count(line)) {
                ++flagged;
                UNSCOPED_INFO("flagged: " << text);
            }
        }
    }
    WARN("typed-figure corpus: " << caught << " of " << leaking.size() << " leaking sentences caught, " << flagged
                                 << " of " << clean.size() << " clean sentences flagged");
    CHECK(caught == static_cast<int>(leaking.size()));
    CHECK(flagged * 20 <= static_cast<int>(clean.size()));
}

TEST_CASE("a chart block's own title and summary are read like the page's words; its other keys are not") {
    auto r = build_report("period: 2024-25 Q2\n",
                          "Text.\n\n```chart\nindicator: charges\ntype: bars\nbreakdown: sex\nperiods: 2024-25 Q2\n"
                          "title: Charges by sex\nsummary: >-\n  Most charges were for female victims, and 4 charges\n"
                          "  were for male victims.\n```\n");
    CHECK(r.exit_code == 1);
    auto errors = typed_errors(r.err);
    REQUIRE(errors.size() == 1);
    INFO(errors[0]);
    // The summary's first line, where "4" stands.
    CHECK(errors[0].rfind("content/reports/q2.md:14:", 0) == 0);
    CHECK(errors[0].find("Charges, July to September 2024, Sex of the victim: Male") != std::string::npos);
}

TEST_CASE("a hidden figure typed into a Welsh page is caught where the sentence names the period in Welsh") {
    Files site = kpi_site();
    site["site.yaml"] += "languages: [en-GB, cy]\n";
    // The indicator and the group in Welsh too: the words a Welsh sentence names them by.
    std::string& catalogue = site.at("data/kpi/catalogue.yaml");
    catalogue.replace(catalogue.find("title: Charges\n"), 15, "title: {en-GB: Charges, cy: Cyhuddiadau}\n");
    catalogue.replace(catalogue.find("groups: [Female, Male]"), 22,
                      "groups: [{en-GB: Female, cy: Benyw}, {en-GB: Male, cy: Gwryw}]");
    site["content/_index.cy.md"] = "---\ntitle: Hafan\n---\nCroeso.\n";
    site["content/reports/_index.cy.md"] = "---\ntitle: Adroddiadau\n---\n";
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\n---\nCharges rose.\n";
    site["content/reports/q2.cy.md"] =
        "---\ntitle: Adroddiad\n---\nAr gyfer Gorffennaf i Fedi 2024, dim ond 4 o'r cyhuddiadau oedd ar gyfer "
        "dioddefwyr gwryw.\n";
    auto r = build_with(site);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    // The period in the theme's Welsh words ("Gorffennaf i Fedi 2024"), at the Welsh page's own line and column.
    CHECK(starts_with_each(typed_errors(r.err), {"content/reports/q2.cy.md:4:42" + typed}));
}
