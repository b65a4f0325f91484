// Fuzzes the typed-figure check: any bytes as the body of a quarterly report
// (tied to the period with hidden figures) and as what was done in a
// finding (a YAML block, placed again in its file by alignment), checked
// against a small published data set.
//
// Properties: every error points exactly at a number in its file (a digit,
// or the first letter of "two" to "twenty"), and no message or hint repeats
// a hidden value.
#include <regex>

#include "diagnostics/text_position.hpp"
#include "disclose/typed_figures.hpp"
#include "fuzz_site.hpp"
#include "load/accountability_load.hpp"

namespace {

const char* catalogue =
    "aims:\n  - id: a\n    title: A\nbreakdowns:\n  - id: sex\n    title: Sex\n    groups: [Female, Male]\n"
    "    synonyms:\n      Male: [men]\n"
    "indicators:\n  - id: charges\n    title: C\n    definition: D\n    unit: count\n    polarity: neutral\n"
    "    aim: a\n    breakdowns: [sex]\n    synonyms: [charged]\n";
// Male's 2 is hidden, and Female's 50 with it (52 - 50 would give it away).
const char* figures =
    "indicator,period,breakdown,group,value\ncharges,2024-25 Q1,,,44\ncharges,2024-25 Q2,,,52\n"
    "charges,2024-25 Q2,sex,Female,50\ncharges,2024-25 Q2,sex,Male,2\n";

// The fixed site, and its typed-figure check (made once, like the site).
struct Site {
    candour::fuzz::KpiSite site{catalogue, figures};
    candour::TypedFigureCheck typed;
    Site() {
        using namespace candour;
        MemoryFileSystem fs;
        fs.put("data/kpi/catalogue.yaml", catalogue);
        fs.put("data/kpi/figures.csv", figures);
        Diagnostics diags;
        DisclosureLog log;
        load_and_disclose(fs, site.tree.config, diags, log, &typed);
        if (diags.has_errors()) fuzz::fail("the fixed site does not build");
    }
};

// What is at a 1-based line and character column of `text`.
std::string at(const std::string& text, int line, int col) {
    std::size_t i = candour::offset_of_line(text, line);
    for (int c = 1; c < col && i < text.size() && text[i] != '\n'; ++c) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    }
    return text.substr(i, 8);
}

bool starts_a_number(const std::string& s) {
    if (!s.empty() && s[0] >= '0' && s[0] <= '9') return true;
    std::string lower;
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* w : {"two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "thi", "fif"}) {
        if (lower.rfind(w, 0) == 0) return true;
    }
    return false;
}

void check(const candour::Diagnostics& diags, const std::map<std::string, std::string>& files) {
    static const std::regex hidden_value("(^|[^0-9.A-Za-z])(2|50)([^0-9]|$)");
    for (const auto& d : diags.sorted()) {
        if (d.message.find("hidden by disclosure control is typed here") == std::string::npos) continue;
        auto file = files.find(d.pos.file);
        if (file == files.end()) candour::fuzz::fail("a typed figure in a file never read", d.pos.file);
        if (!starts_a_number(at(file->second, d.pos.line, d.pos.col))) {
            candour::fuzz::fail("a typed figure not placed on its number", candour::format_diagnostic(d));
        }
        if (std::regex_search(d.message, hidden_value) || std::regex_search(d.hint, hidden_value)) {
            candour::fuzz::fail("a message repeats a hidden value", candour::format_diagnostic(d));
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    static Site fixed;
    std::string body = fuzz::bytes(data, size);
    MemoryFileSystem fs;
    std::map<std::string, std::string> files;
    std::vector<WrittenText> texts;
    Diagnostics diags;

    auto page_source = fuzz::as_source_text("content/q2.md", "---\ntitle: Q2\nperiod: 2024-25 Q2\n---\n" + body);
    if (!page_source) return 0;
    if (auto page = parse_content_file("content/q2.md", *page_source, diags)) {
        files["content/q2.md"] = *page_source;
        for (auto& t : page_text(*page)) texts.push_back(std::move(t));
    }

    // The same bytes as a block in a findings file, each line indented.
    std::string block;
    for (std::size_t start = 0;;) {
        std::size_t nl = body.find('\n', start);
        block += "      " + body.substr(start, nl == std::string::npos ? nl : nl - start) + "\n";
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    const std::string path = "data/findings/round.yaml";
    std::string yaml = "title: R\npublished: 2025-01-20\nfindings:\n  - theme: safety\n    said: S.\n    did: |\n" +
                       block + "    status: done\n    updated: 2024-11-30\n";
    if (auto text = fuzz::as_source_text(path, yaml)) {
        Diagnostics yaml_diags;
        if (auto round = read_findings(path, *text, yaml_diags)) {
            fs.put(path, *text);
            files[path] = *text;
            Accountability a;
            a.rounds.push_back(std::move(*round));
            for (auto& t : accountability_text(a)) texts.push_back(std::move(t));
        }
    }
    fixed.typed.check(texts, fs, diags);
    fuzz::check_diagnostics(diags);
    check(diags, files);
    return 0;
}
