// Bilingual sites (docs/site-config.md, "Languages"), read as a Welsh
// reader, a search engine and an editor would: the sample site's Welsh
// pages carry no English from the theme's catalogue, every language link
// and alternate leads to a page that links back, and a text or page with no
// Welsh where the Welsh pages need it is a located error.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "io/utf8_append.hpp"
#include "messages/po_file.hpp"
#include "support/rendered_site.hpp"
#include "support/theme_messages.hpp"

using namespace candour::testing;

namespace {

const std::string base_url = "https://www.opcc.northmoor.example/rasso/";

const RenderedFiles& bilingual_sample() {
    static const RenderedFiles site = render_source(CANDOUR_SOURCE_DIR, {2024, 12, 20});
    return site;
}

bool is_html(const std::string& path) {
    return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

std::string decode_entities(const std::string& s) {
    static const std::map<std::string, std::string> named = {{"amp", "&"},   {"lt", "<"},   {"gt", ">"},
                                                             {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto semi = s[i] == '&' ? s.find(';', i) : std::string::npos;
        if (semi == std::string::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string name = s.substr(i + 1, semi - i - 1);
        if (auto it = named.find(name); it != named.end()) {
            out += it->second;
        } else if (name.size() > 1 && name[0] == '#') {
            unsigned long cp = name[1] == 'x' ? std::stoul(name.substr(2), nullptr, 16) : std::stoul(name.substr(1));
            candour::append_utf8(out, static_cast<char32_t>(cp));
        } else {
            out += s.substr(i, semi - i + 1);
        }
        i = semi;
    }
    return out;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The page without every element whose lang says it is English (a Welsh
// page quoting English, such as the language switcher's "English").
std::string without_english(std::string html) {
    static const std::set<std::string> empty_elements = {"area",  "base", "br",   "col",    "embed", "hr", "img",
                                                         "input", "link", "meta", "source", "track", "wbr"};
    static const std::regex english_open("<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\slang=\"en[^\"]*\"[^>]*>");
    std::smatch m;
    while (std::regex_search(html, m, english_open)) {
        std::string tag = m[1];
        auto start = static_cast<std::size_t>(m.position(0));
        auto end = start + static_cast<std::size_t>(m.length(0));
        if (!empty_elements.count(tag)) {
            const std::regex same_tag("<(/?)" + tag + "\\b[^>]*>");
            int depth = 1;
            for (auto it =
                     std::sregex_iterator(html.cbegin() + static_cast<std::ptrdiff_t>(end), html.cend(), same_tag);
                 it != std::sregex_iterator(); ++it) {
                depth += (*it)[1].length() ? -1 : 1;
                if (depth == 0) {
                    end = static_cast<std::size_t>(std::distance(html.cbegin(), (*it)[0].second));
                    break;
                }
            }
            if (depth > 0) end = html.size();
        }
        html.erase(start, end - start);
    }
    return html;
}

// What a reader sees or hears of a page: its text (the <title> included)
// and the attribute texts a screen reader reads or a browser shows.
std::string reader_text(const std::string& page) {
    std::string html = without_english(page);
    static const std::regex attributes("\\s(?:aria-label|alt|title)=\"([^\"]*)\"");
    std::string attrs;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attributes); it != std::sregex_iterator(); ++it) {
        attrs += " " + (*it)[1].str();
    }
    static const std::regex scripts("<script[\\s\\S]*?</script>|<style[\\s\\S]*?</style>");
    static const std::regex tags("<[^>]*>");
    html = std::regex_replace(html, scripts, " ");
    html = std::regex_replace(html, tags, " ");
    return collapse_spaces(decode_entities(html + " " + attrs));
}

struct Fragment {
    std::string id;
    std::string text;
};

std::size_t word_count(const std::string& s) {
    std::istringstream in(s);
    std::string w;
    std::size_t n = 0;
    while (in >> w) ++n;
    return n;
}

// Each English message's words between its {placeholders}, long enough
// (three words, or 15 characters) not to be a Welsh word by chance; not
// for the messages the Welsh catalogue keeps as they are ("{group}: {value}").
std::vector<Fragment> english_fragments() {
    candour::Diagnostics diags;
    auto en = candour::read_po(default_theme_po("en-GB"), "en-GB.po", diags);
    auto cy = candour::read_po(default_theme_po("cy"), "cy.po", diags);
    REQUIRE(!diags.has_errors());
    std::map<std::string, std::vector<std::string>> welsh;
    for (const auto& e : cy.entries) welsh[e.id] = e.forms;
    std::vector<Fragment> out;
    static const std::regex placeholder("\\{[^}]*\\}");
    for (const auto& e : en.entries) {
        if (welsh.count(e.id) && welsh[e.id] == e.forms) continue;
        for (const auto& form : e.forms) {
            for (auto it = std::sregex_token_iterator(form.begin(), form.end(), placeholder, -1);
                 it != std::sregex_token_iterator(); ++it) {
                std::string text = collapse_spaces(it->str());
                while (!text.empty() && std::string(" .,:;()").find(text.back()) != std::string::npos) text.pop_back();
                while (!text.empty() && std::string(" .,:;()").find(text.front()) != std::string::npos)
                    text.erase(0, 1);
                if (word_count(text) >= 3 || text.size() >= 15) out.push_back({e.id, text});
            }
        }
    }
    return out;
}

std::map<std::string, std::string> pages() {
    std::map<std::string, std::string> out;
    for (const auto& [path, bytes] : bilingual_sample().files) {
        if (is_html(path)) out[path] = bytes;
    }
    return out;
}

// Pages of a frozen release (releases/<name>/, docs/releases.md): written
// byte for byte as first published, so they cannot gain a link to a
// translation made since.
std::set<std::string> frozen_pages() {
    std::set<std::string> out;
    std::filesystem::path releases = std::filesystem::path(CANDOUR_SOURCE_DIR) / "releases";
    for (const auto& release : std::filesystem::directory_iterator(releases)) {
        for (const auto& f : std::filesystem::recursive_directory_iterator(release.path())) {
            if (f.is_regular_file()) out.insert(std::filesystem::relative(f.path(), release.path()).string());
        }
    }
    return out;
}

// The sample's one Welsh page whose English is frozen: a frozen page can
// never link to a translation, so the two are not paired at all.
const std::set<std::string> frozen_english_of_welsh = {"reports/2024-25-q2/index.html"};

std::string html_lang(const std::string& page) {
    static const std::regex lang("<html lang=\"([^\"]*)\"");
    std::smatch m;
    return std::regex_search(page, m, lang) ? m[1].str() : "";
}

// "cy/reports/" -> "cy/reports/index.html"; "" for the home page.
std::string file_of(const std::string& site_path) {
    if (site_path.empty() || site_path.back() == '/') return site_path + "index.html";
    return site_path;
}

// "cy/reports/index.html" -> "https://.../rasso/cy/reports/"
std::string url_of(const std::string& file) {
    std::string path = file;
    if (path == "index.html") return base_url;
    if (path.size() >= 11 && path.compare(path.size() - 11, 11, "/index.html") == 0) path.resize(path.size() - 10);
    return base_url + path;
}

// "cy/a/b/index.html" + "../../x/" -> "cy/x/index.html"
std::string resolve(const std::string& from_file, const std::string& href) {
    std::vector<std::string> parts;
    std::string folder = from_file.substr(0, from_file.rfind('/') == std::string::npos ? 0 : from_file.rfind('/'));
    std::istringstream in(folder);
    for (std::string p; std::getline(in, p, '/');)
        if (!p.empty()) parts.push_back(p);
    std::istringstream rel(href);
    std::string p;
    bool folder_link = !href.empty() && href.back() == '/';
    while (std::getline(rel, p, '/')) {
        if (p == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!p.empty() && p != ".") {
            parts.push_back(p);
        }
    }
    std::string out;
    for (const auto& part : parts) out += part + "/";
    if (!folder_link && !out.empty()) out.pop_back();
    return file_of(out);
}

struct Alternate {
    std::string lang;
    std::string href;
    bool operator<(const Alternate& o) const { return std::tie(lang, href) < std::tie(o.lang, o.href); }
    bool operator==(const Alternate& o) const { return lang == o.lang && href == o.href; }
};

std::set<Alternate> head_alternates(const std::string& page) {
    static const std::regex link("<link rel=\"alternate\" hreflang=\"([^\"]*)\" href=\"([^\"]*)\">");
    std::set<Alternate> out;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), link); it != std::sregex_iterator(); ++it) {
        out.insert({(*it)[1], (*it)[2]});
    }
    return out;
}

std::vector<Alternate> switcher_links(const std::string& page) {
    auto nav = page.find("<nav class=\"language-switcher\"");
    std::vector<Alternate> out;
    if (nav == std::string::npos) return out;
    std::string block = page.substr(nav, page.find("</nav>", nav) - nav);
    static const std::regex link("<a href=\"([^\"]*)\" hreflang=\"([^\"]*)\" lang=\"([^\"]*)\">");
    for (auto it = std::sregex_iterator(block.begin(), block.end(), link); it != std::sregex_iterator(); ++it) {
        CHECK((*it)[2] == (*it)[3]);
        out.push_back({(*it)[2], (*it)[1]});
    }
    return out;
}

}  // namespace

TEST_CASE("the bilingual sample builds its Welsh pages under cy/ with no problems") {
    const RenderedFiles& site = bilingual_sample();
    CHECK(site.problems == std::vector<std::string>{});
    int welsh = 0;
    for (const auto& [path, page] : pages()) welsh += starts_with(path, "cy/") ? 1 : 0;
    CHECK(welsh >= 20);
    CHECK(site.files.count("cy/index.html"));
    CHECK(site.files.count("cy/a-to-z/index.html"));
    CHECK(site.files.count("cy/search/index.html"));
    CHECK(!site.files.count("cy/404.html"));
    // The Welsh search page loads the one search index, at the site's root.
    CHECK(site.files.at("cy/search/index.html").find("data-pagefind-root=\"../../\"") != std::string::npos);
}

TEST_CASE("a Welsh page shows no English sentence from the theme's catalogue, in its text, title or labels") {
    const std::vector<Fragment> fragments = english_fragments();
    REQUIRE(fragments.size() > 100);
    std::set<std::string> found;
    int checked = 0;
    for (const auto& [path, page] : pages()) {
        if (!starts_with(path, "cy/")) continue;
        ++checked;
        const std::string text = reader_text(page);
        for (const auto& f : fragments) {
            if (text.find(f.text) != std::string::npos) found.insert(path + ": " + f.id + ": \"" + f.text + "\"");
        }
    }
    CHECK(checked >= 20);
    std::string list;
    for (const auto& line : found) list += "\n  " + line;
    INFO("English on Welsh pages (page: message: words):" << list);
    CHECK(found.empty());
}

TEST_CASE("the check for English on Welsh pages ignores what the page marks as English, and finds the rest") {
    // The switcher's link says "English" in English, marked lang="en-GB".
    std::string page =
        "<html lang=\"cy\"><title>Hafan</title><nav aria-label=\"Ieithoedd\"><ul><li><a href=\"../\" "
        "hreflang=\"en-GB\" "
        "lang=\"en-GB\">English <span>version of this page</span></a></li></ul></nav><img alt=\"Skip to main "
        "content\"><p>Croeso &amp; diolch</p></html>";
    std::string text = reader_text(page);
    CHECK(text.find("version of this page") == std::string::npos);
    CHECK(text.find("Skip to main content") != std::string::npos);  // an alt text is read out
    CHECK(text.find("Croeso & diolch") != std::string::npos);
    CHECK(text.find("Hafan") != std::string::npos);
}

TEST_CASE("every page is in its language's <html lang>: cy under cy/, en-GB elsewhere") {
    for (const auto& [path, page] : pages()) {
        INFO(path);
        CHECK(html_lang(page) == (starts_with(path, "cy/") ? "cy" : "en-GB"));
    }
}

TEST_CASE("every hreflang alternate in a page's head leads to a built page that links back") {
    const auto all = pages();
    const auto frozen = frozen_pages();
    std::set<std::string> one_way;
    int pairs = 0;
    for (const auto& [path, page] : all) {
        auto alternates = head_alternates(page);
        if (alternates.empty()) continue;
        INFO(path);
        const std::string self = url_of(path);
        // The page names itself among its alternates, in its own language.
        CHECK(alternates.count({html_lang(page), self}));
        for (const auto& alt : alternates) {
            INFO("hreflang=" << alt.lang << " href=" << alt.href);
            REQUIRE(starts_with(alt.href, base_url));
            const std::string target = file_of(alt.href.substr(base_url.size()));
            auto it = all.find(target);
            REQUIRE(it != all.end());
            CHECK(html_lang(it->second) == alt.lang);
            if (frozen.count(target) && target != path) {
                one_way.insert(target);
                continue;
            }
            CHECK(head_alternates(it->second) == alternates);
            ++pairs;
        }
    }
    CHECK(pairs >= 40);
    CHECK(one_way.empty());
}

TEST_CASE("the language switcher links to the same page in the other language, which links back") {
    const auto all = pages();
    const auto frozen = frozen_pages();
    std::set<std::string> one_way;
    int links = 0;
    for (const auto& [path, page] : all) {
        for (const auto& link : switcher_links(page)) {
            INFO(path << " -> " << link.href << " (" << link.lang << ")");
            CHECK(link.lang != html_lang(page));
            const std::string target = resolve(path, link.href);
            auto it = all.find(target);
            REQUIRE(it != all.end());
            CHECK(html_lang(it->second) == link.lang);
            if (frozen.count(target)) {
                one_way.insert(target);
                continue;
            }
            bool back = false;
            for (const auto& other : switcher_links(it->second)) back = back || resolve(target, other.href) == path;
            CHECK(back);
            ++links;
        }
    }
    CHECK(links >= 40);
    CHECK(one_way.empty());
    // The Welsh page of a frozen release's report offers no link to it.
    for (const auto& english : frozen_english_of_welsh) CHECK(switcher_links(all.at("cy/" + english)).empty());
    // The Welsh home page offers the English one.
    auto home = switcher_links(all.at("cy/index.html"));
    REQUIRE(home.size() == 1);
    CHECK(resolve("cy/index.html", home[0].href) == "index.html");
}

TEST_CASE("sitemap.xml: every alternate is a page of the sitemap, and each pair lists the same alternates") {
    const std::string& sitemap = bilingual_sample().files.at("sitemap.xml");
    static const std::regex url_entry("<url><loc>([^<]*)</loc>(.*?)</url>");
    static const std::regex xhtml_link("<xhtml:link rel=\"alternate\" hreflang=\"([^\"]*)\" href=\"([^\"]*)\"/>");
    std::map<std::string, std::set<Alternate>> entries;
    for (auto it = std::sregex_iterator(sitemap.begin(), sitemap.end(), url_entry); it != std::sregex_iterator();
         ++it) {
        std::string rest = (*it)[2];
        std::set<Alternate> alts;
        for (auto l = std::sregex_iterator(rest.begin(), rest.end(), xhtml_link); l != std::sregex_iterator(); ++l) {
            alts.insert({(*l)[1], (*l)[2]});
        }
        entries[(*it)[1]] = alts;
    }
    REQUIRE(entries.count(base_url));
    REQUIRE(entries.count(base_url + "cy/"));
    int links = 0;
    for (const auto& [loc, alts] : entries) {
        if (alts.empty()) continue;
        INFO(loc);
        bool self = false;
        for (const auto& a : alts) {
            INFO(a.lang << " " << a.href);
            self = self || a.href == loc;
            auto it = entries.find(a.href);
            REQUIRE(it != entries.end());
            CHECK(it->second == alts);
            ++links;
        }
        CHECK(self);
    }
    CHECK(links >= 40);
}

namespace {

Files bilingual_site() {
    return {
        {"site.yaml",
         "title: {en-GB: Test report, cy: Adroddiad prawf}\n"
         "organisation: {en-GB: Test OPCC, cy: SCHTh Prawf}\n"
         "base_url: https://example.org/rasso/\n"
         "languages: [en-GB, cy]\n"
         "navigation:\n"
         "  - title: {en-GB: Reports, cy: Adroddiadau}\n"
         "    url: reports/_index.md\n"},
        {"content/_index.md", "---\ntitle: Home\n---\nWelcome.\n"},
        {"content/_index.cy.md", "---\ntitle: Hafan\n---\nCroeso.\n"},
        {"content/reports/_index.md", "---\ntitle: Reports\n---\nAll reports.\n"},
        {"content/reports/q1.md", "---\ntitle: Q1 report\ndate: 2024-08-15\n---\nThe figures.\n"},
        {"content/findings/_index.md", "---\ntitle: Findings\n---\nWhat victims said.\n"},
        {"data/findings/round.yaml",
         "title: {en-GB: Round one, cy: Rownd un}\n"
         "published: 2024-11-20\n"
         "findings:\n"
         "  - theme: effectiveness\n"
         "    said: Several victims said they were not told about delays.\n"
         "    did: {en-GB: Officers now call every 28 days., cy: Mae swyddogion yn ffonio bob 28 diwrnod.}\n"
         "    status: done\n"
         "    updated: 2024-11-30\n"},
    };
}

const candour::Date today{2024, 12, 20};

const std::string untranslated_said =
    "data/findings/round.yaml:5:11: error: this text has no 'cy' translation, and the cy pages show it";

bool contains(const std::vector<std::string>& problems, const std::string& line) {
    for (const auto& p : problems) {
        if (starts_with(p, line)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a finding with no Welsh is an error at its line once the findings have a Welsh page") {
    Files site = bilingual_site();
    SECTION("the Welsh findings page would show it") {
        site["content/findings/_index.cy.md"] = "---\ntitle: Canfyddiadau\n---\nBeth ddywedodd dioddefwyr.\n";
        auto r = render_files(site, today);
        INFO(::Catch::Detail::stringify(r.problems));
        CHECK(contains(r.problems, untranslated_said));
        CHECK(r.problems.size() == 1);
    }
    SECTION("no Welsh findings page: nothing Welsh shows it") {
        auto r = render_files(site, today);
        CHECK(r.problems == std::vector<std::string>{});
        CHECK(r.files.count("cy/index.html"));
        CHECK(!r.files.count("cy/findings/index.html"));
        CHECK(r.files.count("findings/index.html"));
        // The Welsh home's navigation reaches the English reports, which
        // have no Welsh page.
        REQUIRE(r.files.count("cy/index.html"));
        CHECK(r.files.at("cy/index.html").find("<a href=\"../reports/\">Adroddiadau</a>") != std::string::npos);
        CHECK(!r.files.count("cy/reports/index.html"));
    }
    SECTION("in preview it is a warning, and the Welsh page shows the English meanwhile") {
        site["content/findings/_index.cy.md"] = "---\ntitle: Canfyddiadau\n---\nBeth ddywedodd dioddefwyr.\n";
        auto r = render_files(site, today, true);
        INFO(::Catch::Detail::stringify(r.problems));
        std::string warning = untranslated_said;
        warning.replace(warning.find(": error: "), 9, ": warning: ");
        CHECK(contains(r.problems, warning));
        CHECK(!contains(r.problems, untranslated_said));
        REQUIRE(r.files.count("cy/findings/effectiveness/index.html"));
        const std::string& page = r.files.at("cy/findings/effectiveness/index.html");
        CHECK(html_lang(page) == "cy");
        CHECK(page.find("Several victims said they were not told about delays.") != std::string::npos);
        CHECK(page.find("Mae swyddogion yn ffonio bob 28 diwrnod.") != std::string::npos);
    }
}

TEST_CASE("a Welsh page whose section is not translated, or Welsh with no home page, is a located error") {
    Files site = bilingual_site();
    SECTION("a Welsh report in an English-only section") {
        site["content/reports/q1.cy.md"] = "---\ntitle: Adroddiad Ch1\ndate: 2024-08-15\n---\nY ffigurau.\n";
        auto r = render_files(site, today);
        CHECK(contains(r.problems,
                       "content/reports/q1.cy.md:1:1: error: this page is translated into 'cy', but its "
                       "section content/reports/_index.md is not"));
        site["content/reports/_index.cy.md"] = "---\ntitle: Adroddiadau\n---\nPob adroddiad.\n";
        auto fixed = render_files(site, today);
        CHECK(fixed.problems == std::vector<std::string>{});
        CHECK(fixed.files.count("cy/reports/q1/index.html"));
        CHECK(html_lang(fixed.files.at("cy/reports/q1/index.html")) == "cy");
    }
    SECTION("no Welsh home page") {
        site.erase("content/_index.cy.md");
        auto r = render_files(site, today);
        CHECK(contains(r.problems, "site.yaml:4:12: error: the 'cy' pages have no home page"));
    }
}

TEST_CASE("a page translated into a language the site does not publish is a warning, and no page") {
    Files site = bilingual_site();
    site["content/reports/q1.fr.md"] = "---\ntitle: Rapport T1\ndate: 2024-08-15\n---\nLes chiffres.\n";
    auto r = render_files(site, today);
    REQUIRE(r.problems.size() == 1);
    CHECK(starts_with(r.problems[0],
                      "content/reports/q1.fr.md:1:1: warning: this page is a translation into 'fr', "
                      "which is not in site.yaml's 'languages', so it is not published"));
    for (const auto& [path, bytes] : r.files) {
        INFO(path);
        CHECK(!starts_with(path, "fr/"));
        CHECK(path.find("q1.fr") == std::string::npos);
        CHECK(bytes.find("Les chiffres") == std::string::npos);
    }
    CHECK(r.files.count("reports/q1/index.html"));
}

TEST_CASE("a single-language site may write its texts per language") {
    SECTION("English only, one English value in a map") {
        Files site = minimal_site();
        site["site.yaml"] =
            "title: {en-GB: Test report}\n"
            "organisation: Test OPCC\n"
            "base_url: https://example.org/rasso/\n";
        auto r = render_files(site, today);
        CHECK(r.problems == std::vector<std::string>{});
        REQUIRE(r.files.count("index.html"));
        CHECK(r.files.at("index.html").find("<title>Test report</title>") != std::string::npos);
        CHECK(!r.files.count("cy/index.html"));
    }
    SECTION("Welsh only") {
        Files site = minimal_site();
        site["site.yaml"] =
            "title: {cy: Adroddiad prawf, en-GB: Test report}\n"
            "organisation: SCHTh Prawf\n"
            "base_url: https://example.org/rasso/\n"
            "language: cy\n";
        auto r = render_files(site, today);
        CHECK(r.problems == std::vector<std::string>{});
        REQUIRE(r.files.count("index.html"));
        const std::string& home = r.files.at("index.html");
        CHECK(html_lang(home) == "cy");
        CHECK(home.find("Adroddiad prawf") != std::string::npos);
        CHECK(home.find("Test report") == std::string::npos);
        CHECK(home.find("language-switcher") == std::string::npos);
    }
}

TEST_CASE("every link on a Welsh page leads to a built file: Welsh pages, English ones not translated, downloads") {
    const auto& files = bilingual_sample().files;
    static const std::regex anchor("<a\\b[^>]*\\shref=\"([^\"#?]*)[^\"]*\"");
    std::set<std::string> broken;
    int links = 0;
    for (const auto& [path, page] : pages()) {
        if (!starts_with(path, "cy/")) continue;
        for (auto it = std::sregex_iterator(page.begin(), page.end(), anchor); it != std::sregex_iterator(); ++it) {
            std::string href = (*it)[1];
            if (href.empty() || href.find(':') != std::string::npos) continue;  // #here, https:, mailto:
            std::string target = resolve(path, href);
            ++links;
            if (!files.count(target) && !files.count(target + "/index.html")) broken.insert(path + " -> " + href);
        }
    }
    CHECK(links > 500);
    std::string list;
    for (const auto& line : broken) list += "\n  " + line;
    INFO("broken links:" << list);
    CHECK(broken.empty());
    // An indicator's downloads are the English page's, in every language.
    CHECK(files.at("cy/indicators/charges/index.html").find("href=\"../../../indicators/charges/charges.csv\"") !=
          std::string::npos);
}
