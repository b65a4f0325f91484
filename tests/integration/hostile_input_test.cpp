// Broken and hostile input, as a new user or a careless editor would give it:
// each kind ends the build with exactly its own located errors (no crash, no
// cascade of unrelated ones), the hint that says how to fix the first, exit
// code 1, and the published site left as it was.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/kpi_site.hpp"

using namespace candour::testing;

namespace {

const std::string deleted = "\x01(deleted)";  // a value in `changes` that removes the file

struct Hostile {
    const char* name;
    Files changes;                      // on top of hostile_base()
    std::vector<std::string> expected;  // every error, exactly, in order
    std::string hint;                   // the first error's hint, exactly
};

const std::string header = "indicator,period,breakdown,group,value,numerator,denominator\n";

std::string figures_with(const std::string& row) {
    return header + "charges,2024-25 Q1,,,44,,\n" + row;
}

// A page of the minimal site with `body` below its front matter.
std::string page(const std::string& body) {
    return "---\ntitle: Q1 report\n---\n" + body;
}

// The KPI site's catalogue with `lines` added to the entry of `id`, and
// `more` indicators at the end.
std::string catalogue_with(const std::string& id, const std::string& lines, const std::string& more = "") {
    std::string text = kpi_site()["data/kpi/catalogue.yaml"];
    auto entry = text.find("  - id: " + id + "\n");
    auto next = text.find("  - id: ", entry + 1);
    text.insert(next == std::string::npos ? text.size() : next, lines);
    return text + more;
}

// An indicator with no figures in the tables.
const std::string referrals =
    "  - id: referrals\n    title: Referrals\n    definition: Referrals to an ISVA.\n    unit: count\n"
    "    polarity: neutral\n    aim: aim-1\n";

const std::string site_yaml =
    "title: Test report\n"
    "organisation: Test OPCC\n"
    "base_url: https://example.org/rasso/\n"
    "contact:\n"
    "  email: rasso@opcc.example.org\n"
    "  phone: 01632 960 400\n";

const std::string findings =
    "title: Round one\npublished: 2025-01-20\nfindings:\n  - theme: effectiveness\n"
    "    said: Victims and survivors said they were not told about delays.\n"
    "    did: Officers now call every 28 days.\n    status: done\n    updated: 2024-11-30\n";

const std::string tracker =
    "title: Phase 1\ninspectorate: HMICFRS\npublished: 2021-07-16\nresponse_published: 2021-09-08\n"
    "responding_for: [Chief constables]\nrecommendations:\n  - number: 1\n    text: Improve case building.\n"
    "    addressed_to: [Chief constables]\n    response: A joint plan was agreed.\n    status: in progress\n";

const std::string plan =
    "title: Plan\nperiod: 2024-25 Q3\nsections:\n  - title: Supporting victims\n    actions:\n"
    "      - number: \"1.1\"\n        action: Call victims every 28 days\n"
    "        owner: Head of Public Protection\n        status: in progress\n";

// The KPI sample site, plus contact details in site.yaml that a page repeats
// (so that a broken site.yaml would set off the privacy gate), a survey, a
// tracker and an action plan.
Files hostile_base() {
    Files files = kpi_site();
    files["site.yaml"] = site_yaml + "bodies: [Chief constables]\n";
    files["content/_index.md"] = "---\ntitle: Home\n---\nWrite to rasso@opcc.example.org or call 01632 960 400.\n";
    files["content/reports/q1.md"] = page("The charge rate was `kpi charge-rate 2024-25 Q2`.\n");
    return files;
}

const std::vector<Hostile>& cases() {
    static const std::vector<Hostile> all = {
        // KPI tables
        {"an empty KPI table",
         {{"data/kpi/figures.csv", ""}},
         {"data/kpi/figures.csv:1:1: error: the KPI table is empty"},
         "the first row must name the columns"},
        {"a KPI table with only its header",
         {{"data/kpi/figures.csv", header}},
         {"data/kpi/figures.csv:1:1: error: the KPI table has no rows below its first row"},
         "add a row for each figure, or delete the file if it was saved by mistake"},
        {"a KPI table separated by semicolons",
         {{"data/kpi/figures.csv", "indicator;period;value\ncharges;2024-25 Q1;44\n"}},
         {"data/kpi/figures.csv:1:1: error: the first row has no commas: its cells are separated by semicolons"},
         "save the sheet from Excel as 'CSV UTF-8 (Comma delimited)', so that commas separate the cells"},
        {"a KPI table separated by tabs",
         {{"data/kpi/figures.csv", "indicator\tperiod\tvalue\ncharges\t2024-25 Q1\t44\n"}},
         {"data/kpi/figures.csv:1:1: error: the first row has no commas: its cells are separated by tabs"},
         "save the sheet from Excel as 'CSV UTF-8 (Comma delimited)', so that commas separate the cells"},
        {"a KPI table saved as Latin-1",
         {{"data/kpi/figures.csv", "indicator,period,value,note\ncharges,2024-25 Q1,44,Caf\xe9\n"}},
         {"data/kpi/figures.csv:2:26: error: the file is not valid UTF-8 text"},
         "save the file with UTF-8 encoding (in Excel or Word choose 'UTF-8' when saving)"},
        {"a KPI table without a value column",
         {{"data/kpi/figures.csv", "indicator,period,group\ncharges,2024-25 Q1,\n"}},
         {"data/kpi/figures.csv:1:1: error: the table has neither a 'value' column nor 'numerator' and 'denominator'"},
         "add a 'value' column, or 'numerator' and 'denominator' for percentages"},
        {"a KPI table with a column given twice",
         {{"data/kpi/figures.csv", "indicator,period,value,value\ncharges,2024-25 Q1,44,45\n"}},
         {"data/kpi/figures.csv:1:24: error: column 'value' appears twice"},
         "delete one of them"},
        {"a figure written nan",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,nan,,\n")}},
         {"data/kpi/figures.csv:3:22: error: value 'nan' is not a number"},
         "write digits only, such as 1234 or 1,234 or 12.5 (a % sign or a symbol such as [c] does not belong in the "
         "data); leave the cell empty when there is no figure"},
        {"a figure written inf",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,inf,,\n")}},
         {"data/kpi/figures.csv:3:22: error: value 'inf' is not a number"},
         "write digits only, such as 1234 or 1,234 or 12.5 (a % sign or a symbol such as [c] does not belong in the "
         "data); leave the cell empty when there is no figure"},
        {"a figure in exponent form",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,1e3,,\n")}},
         {"data/kpi/figures.csv:3:22: error: value '1e3' is written in exponent form"},
         "write the number in full, such as 1000 for 1e3 (in Excel, format the column as Number before saving as CSV)"},
        {"a figure beyond 2^53",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,99999999999999999999999999,,\n")}},
         {"data/kpi/figures.csv:3:22: error: value '99999999999999999999999999' is too large to be a figure"},
         "figures above 9,007,199,254,740,992 cannot be held exactly; check the cell for a pasting mistake"},
        {"a figure with its commas in the wrong places",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,\"1,2,3\",,\n")}},
         {"data/kpi/figures.csv:3:22: error: value '1,2,3' has its commas in the wrong places"},
         "commas may only separate thousands, as in 1,234; write 1234 or 1,234"},
        {"a figure in hexadecimal",
         {{"data/kpi/figures.csv", figures_with("charges,2024-25 Q2,,,0x34,,\n")}},
         {"data/kpi/figures.csv:3:22: error: value '0x34' is not a number"},
         "write digits only, such as 1234 or 1,234 or 12.5 (a % sign or a symbol such as [c] does not belong in the "
         "data); leave the cell empty when there is no figure"},
        {"a denominator in exponent form",
         {{"data/kpi/figures.csv", figures_with("charge-rate,2024-25 Q2,,,,52,3.71E2\n")}},
         {"data/kpi/figures.csv:3:30: error: denominator '3.71E2' is written in exponent form"},
         "write the number in full, such as 1000 for 1e3 (in Excel, format the column as Number before saving as CSV)"},
        {"a zero byte in a KPI table",
         {{"data/kpi/figures.csv", figures_with(std::string("charges,2024-25 Q2,,,5\0,,\n", 26))}},
         {"data/kpi/figures.csv:3:23: error: the file contains a zero byte, so it is not a text file"},
         "is it a document or an image saved under this name? Save the text again as plain UTF-8 text"},
        {"a broken row does not make every page using its figures report them missing",
         {{"data/kpi/figures.csv", header + "charges,2024-25 Q2,,,52,,\ncharge-rate,2024-25 Q2,,,,fifty-two,371\n"}},
         {"data/kpi/figures.csv:3:27: error: numerator 'fifty-two' is not a number"},
         "write digits only, such as 1234 or 1,234 or 12.5 (a % sign or a symbol such as [c] does not belong in the "
         "data); leave the cell empty when there is no figure"},
        {"KPI tables without a catalogue",
         {{"data/kpi/catalogue.yaml", deleted}},
         {"data/kpi/catalogue.yaml:1:1: error: the KPI tables have no catalogue"},
         "add data/kpi/catalogue.yaml describing each indicator; see docs/kpi-data.md"},
        // The catalogue
        {"a catalogue entry with a mistake does not make its rows and figures unknown",
         {{"data/kpi/catalogue.yaml", catalogue_with("charge-rate", "    decimals: one\n")}},
         {"data/kpi/catalogue.yaml:22:15: error: 'decimals' must be a whole number, not 'one'"},
         "for example 'decimals: 10'"},
        {"a catalogue that is not YAML does not make every figure unknown",
         {{"data/kpi/catalogue.yaml", "aims: [aim-1\nindicators:\n  - id: charges\n"}},
         {"data/kpi/catalogue.yaml:2:11: error: YAML syntax: end of sequence flow not found"},
         "check the indentation, that each line is 'key: value', and put quotes around values that contain a colon"},
        {"a catalogue with no indicators",
         {{"data/kpi/catalogue.yaml", "aims:\n  - id: aim-1\n    title: Aim 1\n"}},
         {"data/kpi/catalogue.yaml:1:1: error: the catalogue lists no indicators"},
         "add an 'indicators:' list; see docs/kpi-data.md"},
        {"decimals: -1",
         {{"data/kpi/catalogue.yaml", catalogue_with("charges", "    decimals: -1\n")}},
         {"data/kpi/catalogue.yaml:16:15: error: 'decimals' must be from 0 to 4, not -1"},
         "give the number of places shown after the decimal point, such as 'decimals: 1'"},
        {"decimals: 400",
         {{"data/kpi/catalogue.yaml", catalogue_with("charges", "    decimals: 400\n")}},
         {"data/kpi/catalogue.yaml:16:15: error: 'decimals' must be from 0 to 4, not 400"},
         "give the number of places shown after the decimal point, such as 'decimals: 1'"},
        {"a key given twice in the catalogue",
         {{"data/kpi/catalogue.yaml", catalogue_with("charges", "    title: Charges again\n")}},
         {"data/kpi/catalogue.yaml:16:5: error: 'title' is given twice; the first is on line 10"},
         "delete one of them: only one value can be used"},
        // Figures and charts in pages
        {"a chart for an indicator with no figures yet",
         {{"data/kpi/catalogue.yaml", catalogue_with("charges", "", referrals)},
          {"content/reports/q1.md", page("Referrals:\n\n```chart\nindicator: referrals\n```\n")}},
         {"content/reports/q1.md:7:12: error: indicator 'referrals' has no figures yet, so there is nothing to chart"},
         "add its rows to a table in data/kpi/, or remove this chart block until there are figures"},
        {"a chart target of nan",
         {{"content/reports/q1.md", page("```chart\nindicator: charges\ntarget: nan\n```\n")}},
         {"content/reports/q1.md:6:9: error: target 'nan' is not a number"},
         "write the target in the indicator's unit, digits only: 'target: 20' for 20%"},
        {"a table of figures for an indicator with no figures yet",
         {{"data/kpi/catalogue.yaml", catalogue_with("charges", "", referrals)},
          {"content/reports/q1.md", page("```kpi\nindicator: referrals\n```\n")}},
         {"content/reports/q1.md:5:1: error: indicator 'referrals' has no figures yet"},
         "use 'latest', 'last 4', one period or 'FROM to TO'; periods with figures: "},
        // The survey
        {"an empty survey table",
         {{"data/findings/survey.csv", ""}},
         {"data/findings/survey.csv:1:1: error: the survey table is empty"},
         "the first row must name period, theme, rating and count"},
        {"a survey table with a column given twice",
         {{"data/findings/survey.csv", "period,theme,rating,count,count\n2024-25 Q1,respect,good,6,7\n"}},
         {"data/findings/survey.csv:1:27: error: column 'count' appears twice"},
         "delete one of them"},
        {"a survey table separated by semicolons",
         {{"data/findings/survey.csv", "period;theme;rating;count\n2024-25 Q1;respect;good;6\n"}},
         {"data/findings/survey.csv:1:1: error: the first row has no commas: its cells are separated by something "
          "else"},
         "save the sheet from Excel as 'CSV UTF-8 (Comma delimited)', so that commas separate the cells"},
        // Templates
        {"a partial that includes itself",
         {{"templates/overrides/partials/footer.mustache", "<footer>{{> footer}}</footer>\n"}},
         {"templates/overrides/partials/footer.mustache:1:9: error: partial 'footer' includes itself"},
         "remove the include that closes the loop: a partial cannot include itself, directly or through other "
         "partials"},
        {"two partials that include each other",
         {{"templates/overrides/partials/footer.mustache", "<footer>{{> header}}</footer>\n"},
          {"templates/overrides/partials/header.mustache", "<header>\n  {{> footer}}\n</header>\n"}},
         {"templates/overrides/partials/header.mustache:2:3: error: partials include each other in a loop: footer → "
          "header → footer"},
         "remove the include that closes the loop: a partial cannot include itself, directly or through other "
         "partials"},
        {"three partials in a loop",
         {{"templates/overrides/partials/footer.mustache", "{{> header}}\n"},
          {"templates/overrides/partials/header.mustache", "{{> navigation}}\n"},
          {"templates/overrides/partials/navigation.mustache", "<nav>{{> footer}}</nav>\n"}},
         {"templates/overrides/partials/navigation.mustache:1:6: error: partials include each other in a loop: footer "
          "→ header → navigation → footer"},
         "remove the include that closes the loop: a partial cannot include itself, directly or through other "
         "partials"},
        {"an empty base layout",
         {{"templates/overrides/layouts/base.mustache", ""}},
         {"templates/overrides/layouts/base.mustache:1:1: error: the base layout is empty, so every page would be "
          "blank"},
         "put '{{{body_html}}}' where each page's content goes, inside <main>"},
        {"a base layout that never places the page",
         {{"templates/overrides/layouts/base.mustache", "<!DOCTYPE html>\n<title>{{site.title}}</title>\n"}},
         {"templates/overrides/layouts/base.mustache:1:1: error: the base layout never places the page's content, so "
          "every page would be blank"},
         "put '{{{body_html}}}' where each page's content goes, inside <main>"},
        {"an empty page layout",
         {{"templates/overrides/layouts/page.mustache", "\n  \n"}},
         {"templates/overrides/layouts/page.mustache:1:1: error: the layout 'page' is empty, so every page using it "
          "would be blank"},
         "restore its content, or delete the file to use the theme's own layout"},
        {"a section never closed",
         {{"templates/overrides/partials/footer.mustache",
           "<footer>\n{{#site.contact}}\n<p>Contact us</p>\n</footer>\n"}},
         {"templates/overrides/partials/footer.mustache:2:1: error: the section 'site.contact' is never closed"},
         "add '{{/site.contact}}' where it ends"},
        {"a section closed that was never opened",
         {{"templates/overrides/partials/footer.mustache", "<footer>\n</footer>{{/page}}\n"}},
         {"templates/overrides/partials/footer.mustache:2:10: error: '{{/page}}' closes a section that was never "
          "opened"},
         "remove it, or open the section before it with '{{#page}}'"},
        {"sections closed in the wrong order",
         {{"templates/overrides/partials/footer.mustache", "{{#a}}{{#b}}\n{{/a}}{{/b}}\n"}},
         {
             "templates/overrides/partials/footer.mustache:2:1: error: '{{/a}}' closes a section, but the one open is "
             "'b', "
             "opened at line 1 column 7",
         },
         "close 'b' first with '{{/b}}'"},
        // YAML
        {"a key given twice in site.yaml",
         {{"site.yaml", site_yaml + "title: Again\n"}},
         {"site.yaml:7:1: error: 'title' is given twice; the first is on line 1"},
         "delete one of them: only one value can be used"},
        {"a key given twice inside a setting of site.yaml",
         {{"site.yaml", site_yaml + "  email: rasso.report@opcc.example.org\n"}},
         {"site.yaml:7:3: error: 'email' is given twice; the first is on line 5"},
         "delete one of them: only one value can be used"},
        {"a key given twice in front matter",
         {{"content/reports/q1.md", "---\ntitle: Q1 report\nsummary: One\nsummary: Two\n---\nText.\n"}},
         {"content/reports/q1.md:4:1: error: 'summary' is given twice; the first is on line 3"},
         "delete one of them: only one value can be used"},
        {"a key given twice in a findings file",
         {{"data/findings/round-1.yaml", findings + "    status: planned\n"}},
         {"data/findings/round-1.yaml:9:5: error: 'status' is given twice; the first is on line 7"},
         "delete one of them: only one value can be used"},
        {"a key given twice in a tracker",
         {{"data/trackers/phase-1.yaml", tracker + "inspectorate: HMCPSI\n"}},
         {"data/trackers/phase-1.yaml:12:1: error: 'inspectorate' is given twice; the first is on line 2"},
         "delete one of them: only one value can be used"},
        {"a key given twice in an action plan",
         {{"data/action-plans/joint.yaml", plan + "        owner: Head of Investigations\n"}},
         {"data/action-plans/joint.yaml:10:9: error: 'owner' is given twice; the first is on line 8"},
         "delete one of them: only one value can be used"},
        {"a key given twice in a kpi block",
         {{"content/reports/q1.md", page("```kpi\nindicator: charges\nindicator: charge-rate\n```\n")}},
         {"content/reports/q1.md:6:1: error: 'indicator' is given twice; the first is on line 5"},
         "delete one of them: only one value can be used"},
        {"front matter nested too deeply",
         {{"content/reports/q1.md",
           "---\ntitle: " + std::string(3000, '[') + std::string(3000, ']') + "\n---\nText.\n"}},
         {"content/reports/q1.md:2:6008: error: the YAML is nested too deeply to read"},
         "settings are only a few levels deep: look for a long run of '[', '{' or indentation"},
        {"site.yaml that is not YAML does not set off the privacy gate",
         {{"site.yaml",
           "title: Test report\norganisation: [Test OPCC\nbase_url: https://example.org/rasso/\n"
           "contact:\n  email: rasso@opcc.example.org\n"}},
         {"site.yaml:3:9: error: YAML syntax: end of sequence flow not found"},
         "check the indentation, that each line is 'key: value', and put quotes around values that contain a colon"},
        {"contact details that are not settings do not set off the privacy gate",
         {{"site.yaml",
           "title: T\norganisation: O\nbase_url: https://example.org/\ncontact: rasso@opcc.example.org\n"}},
         {"site.yaml:4:10: error: 'contact' must have 'email', 'phone' and 'address' below it"},
         "indent each of them under 'contact:'"},
        {"a theme name that climbs out of templates/",
         {{"site.yaml", site_yaml + "theme: ../../etc\n"}},
         {"site.yaml:7:8: error: the theme name '../../etc' is not a folder name"},
         "write the name of a folder in templates/, such as 'default', using letters, digits, '-' and '_'"},
        // Pages
        {"front matter saved as Latin-1",
         {{"content/reports/q1.md", "---\ntitle: Caf\xe9 opening\n---\nText.\n"}},
         {"content/reports/q1.md:2:11: error: the file is not valid UTF-8 text"},
         "save the file with UTF-8 encoding (in Excel or Word choose 'UTF-8' when saving)"},
        {"a zero byte in a page",
         {{"content/reports/q1.md", std::string("---\ntitle: Q1\n---\nText\0more.\n", 28)}},
         {"content/reports/q1.md:4:5: error: the file contains a zero byte, so it is not a text file"},
         "is it a document or an image saved under this name? Save the text again as plain UTF-8 text"},
        {"an image saved with a page's name",
         {{"content/reports/chart.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}},
         {"content/reports/chart.md:1:1: error: the file is not valid UTF-8 text"},
         "save the file with UTF-8 encoding (in Excel or Word choose 'UTF-8' when saving)"},
        {"a control character pasted from Word",
         {{"content/reports/q1.md", "---\ntitle: Q1\n---\nFirst line\x0bsecond line.\n"}},
         {"content/reports/q1.md:4:11: error: the file contains the invisible control character U+000B, which "
          "cannot be published"},
         "delete it (it often comes from pasting from Word, as a line break inside a paragraph)"},
        {"an empty page file",
         {{"content/reports/q2.md", ""}},
         {"content/reports/q2.md:1:1: error: the file does not start with front matter"},
         "make the first line '---', then 'title: ...', then a closing '---' line"},
        {"a page that is only its opening line",
         {{"content/reports/q2.md", "---\n"}},
         {"content/reports/q2.md:1:1: error: the front matter opened here is never closed"},
         "add a line with just '---' after the last front-matter line"},
        {"front matter with nothing in it",
         {{"content/reports/q2.md", "---\n---\nText.\n"}},
         {"content/reports/q2.md:2:1: error: front matter must be settings such as 'title: ...'"},
         "write one 'key: value' per line between the two '---' lines"},
        {"a page at the address of a section",
         {{"content/reports.md", "---\ntitle: Reports page\n---\nText.\n"}},
         {"content/reports.md:1:1: error: this page would be published at /reports/, the address of the section "
          "content/reports/"},
         "move the page into the folder as content/reports/_index.md, or rename it"},
        {"two pages whose names give one address",
         {{"content/reports/Q1.md", "---\ntitle: Q1 again\n---\nText.\n"}},
         {"content/reports/q1.md:1:1: error: this page would be published at /reports/q1/, like content/reports/Q1.md"},
         "rename one of the files, or give one a different 'slug'"},
        {"a page at the address of the indicators",
         {{"content/indicators.md", "---\ntitle: Our indicators\n---\nText.\n"}},
         {"content/indicators.md:1:1: error: this page would be published at /indicators/, the address of the section "
          "content/indicators/"},
         "move the page into the folder as content/indicators/_index.md, or rename it"},
        {"a weight too large to be a number",
         {{"content/reports/q1.md", "---\ntitle: Q1\nweight: 99999999999999999999\n---\nText.\n"}},
         {"content/reports/q1.md:3:9: error: 'weight' must be a whole number, not '99999999999999999999'"},
         "for example 'weight: 10'"},
    };
    return all;
}

std::string first_hint(const std::string& err) {
    for (const auto& line : lines_of(err)) {
        if (line.rfind("  hint: ", 0) == 0) return line.substr(8);
    }
    return "";
}

// Replaces the site's files by `files`, keeping the chart cache, so that
// charts drawn by the first build are not drawn again for every case.
void replace_site(const std::string& root, const Files& files) {
    namespace fs = std::filesystem;
    for (const char* name : {"site.yaml", "content", "data", "templates"}) fs::remove_all(fs::path(root) / name);
    Files kept;
    for (const auto& [path, bytes] : files) {
        if (bytes != deleted) kept[path] = bytes;
    }
    write_files(root, kept);
}

}  // namespace

TEST_CASE("every kind of hostile input is one located error and never a crash or a cascade") {
    TempDir dir;
    const std::string source = dir / "source", output = dir / "published";
    replace_site(source, hostile_base());
    auto good = run_candour({"build", "--source", source, "--output", output});
    INFO(good.err);
    REQUIRE(good.exit_code == 0);
    const Files published = read_tree(output);
    REQUIRE(published.count("reports/q1/index.html"));

    for (const auto& c : cases()) {
        INFO(c.name);
        Files site = hostile_base();
        for (const auto& [path, bytes] : c.changes) site[path] = bytes;
        replace_site(source, site);
        auto r = run_candour({"build", "--source", source, "--output", output});
        INFO(r.err);
        CHECK(r.exit_code == 1);
        CHECK(error_lines(r.err) == c.expected);
        CHECK(first_hint(r.err) == c.hint);
        CHECK(r.out.empty());
        CHECK(read_tree(output) == published);
    }
    CHECK(cases().size() >= 60);
}

TEST_CASE("awkward but valid input builds and is published as written") {
    TempDir dir;
    Files site = hostile_base();
    // Excel on Windows: a byte order mark and CRLF; Excel's "CSV (Macintosh)": lone CRs.
    site["data/kpi/figures.csv"] =
        "\xEF\xBB\xBFindicator,period,breakdown,group,value,numerator,denominator\r\n"
        "charges,2024-25 Q1,,,\"1,044\",,\r\ncharges,2024-25 Q2,,,1052,,\r\n"
        "charge-rate,2024-25 Q1,,,,44,367\r\rcharge-rate,2024-25 Q2,,,,52,371\r";
    site["content/reports/q1.md"] =
        "\xEF\xBB\xBF---\r\ntitle: Q1 report\r\n---\r\nCharges: `kpi charges 2024-25 Q2`.\r\n";
    std::string long_line(1 << 20, 'x');
    site["content/reports/long.md"] = "---\ntitle: One long line\n---\n" + long_line + "\n";
    site["content/reports/deep.md"] = "---\ntitle: Deep\n---\n" + std::string(20000, '>') + " Deep quote.\n";
    std::string list;
    for (int i = 0; i < 2000; ++i) list += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    site["content/reports/list.md"] = "---\ntitle: List\n---\n" + list;
    std::string paragraphs;
    for (int i = 0; i < 100000; ++i) paragraphs += "Paragraph " + std::to_string(i) + ".\n\n";
    site["content/reports/huge.md"] = "---\ntitle: Huge\n---\n" + paragraphs;
    site["content/reports/chart.png"] = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    site["content/reports/q1.md~"] = "an editor's backup";
    site["content/reports/.q1.md.swp"] = std::string("b0VIM\0", 6);
    write_files(dir / "src", site);

    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(lines_of(r.err) ==
          std::vector<std::string>{"content/reports/chart.png:1:1: warning: this file is not published: content/ "
                                   "holds the site's pages, written as .md files",
                                   "  hint: move it out of content/; to publish a page, give it a name ending in .md"});
    Files out = read_tree(dir / "out");
    CHECK(out["reports/q1/index.html"].find("Charges: <span") != std::string::npos);
    CHECK(out["reports/q1/index.html"].find(">1,052<") != std::string::npos);
    CHECK(out["reports/long/index.html"].find(long_line) != std::string::npos);
    CHECK(out["reports/deep/index.html"].find("Deep quote.") != std::string::npos);
    CHECK(out["reports/huge/index.html"].find("<p>Paragraph 99999.</p>") != std::string::npos);
    CHECK(out["data/kpi-2024-25-q1.csv"].find("1044") != std::string::npos);
    for (const auto& [path, _] : out) {
        INFO(path);
        CHECK(path.find("chart.png") == std::string::npos);
        CHECK(path.find("q1.md") == std::string::npos);
    }
}
