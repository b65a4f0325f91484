// End-to-end property of the privacy gate: a whole site (a page's Markdown
// and summary, KPI table rows, a finding's YAML) made from the fuzzer's bytes,
// with one piece of fictional personal data planted in it, sometimes disguised
// (an entity, an escape, emphasis, an invisible or fullwidth character, another
// case). Either the build reports it at a file, line and column of a source
// file, or it appears in no published byte (read and normalised as the gate
// reads them). The build never crashes.
//
// Input: byte 0 picks the detail, byte 1 the disguise, byte 2 the file, byte 3
// where in it; the rest is split at 0x01 into Markdown, summary, CSV rows and
// YAML text.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "build/build.hpp"
#include "fuzz_support.hpp"
#include "privacy/published_text.hpp"

namespace {

using namespace candour;

struct Plant {
    const char* text;
    bool any_case;  // still identifying in lower case (a name is caught by its capitals)
};

const Plant plants[] = {{"07700 900123", true},
                        {"jane.doe@example.org", true},
                        {"M1 1AE", true},
                        {"AB 12 34 56 C", true},
                        {"born on 3 March 1990", true},
                        {"crime reference 35/12345/23", true},
                        {"Jane Smith, 34, of Northmoor", false},
                        {"14 Marsh Lane", true},
                        {"Operation Nightjar", true},
                        {"Mrs Example", false}};

enum class Place { markdown, summary, csv_note, csv_group, finding, count };

// The planted text, disguised as an editor might write it; `yaml` when it goes in a YAML double-quoted string.
std::string disguise(std::string text, uint8_t how, bool any_case, bool yaml) {
    auto replace_first = [&](char c, const std::string& with) {
        auto at = text.find(c);
        if (at != std::string::npos) text.replace(at, 1, with);
    };
    switch (how % 8) {
        case 1:  // the first 0 and the @ as escapes (YAML) or character references (Markdown)
            replace_first('0', yaml ? "\\x30" : "&#48;");
            replace_first('@', yaml ? "\\x40" : "&#64;");
            break;
        case 2:  // a zero-width space
            text.insert(text.size() / 2, "\xE2\x80\x8B");
            break;
        case 3:  // emphasis inside the detail: "077**00** 900123"
            if (!yaml) {
                text.insert(std::min<std::size_t>(3, text.size()), "**");
                text.insert(std::min<std::size_t>(7, text.size()), "**");
            }
            break;
        case 4:  // lower case
            if (any_case) {
                for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            break;
        case 5:  // a fullwidth 7
            replace_first('7', "\xEF\xBC\x97");
            break;
        case 6:  // a Markdown escape
            if (!yaml) replace_first('@', "\\@");
            break;
        default:
            break;
    }
    return text;
}

std::string yaml_quoted(const std::string& raw) {
    std::string out = "\"";
    for (char c : raw) out += c == '\n' ? ' ' : c;
    return out + "\"";
}

std::string insert_at(std::string into, const std::string& what, uint8_t where) {
    std::size_t at = into.empty() ? 0 : (where * into.size()) / 256;
    while (at < into.size() && (static_cast<unsigned char>(into[at]) & 0xC0) == 0x80) ++at;  // not inside a character
    return into.insert(at, " " + what + " ");
}

const std::string& site_dir() {
    static const std::string dir = [] {
        std::string d = std::filesystem::temp_directory_path() / ("candour-fuzz-privacy-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

void write(const std::string& rel, const std::string& text) {
    auto path = std::filesystem::path(site_dir()) / rel;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

struct Parts {
    std::string markdown, summary, csv, yaml;
};

Parts split(const std::string& rest) {
    Parts p;
    std::string* slots[] = {&p.markdown, &p.summary, &p.csv, &p.yaml};
    std::size_t slot = 0;
    for (char c : rest) {
        if (c == '\x01' && slot < 3) {
            ++slot;
        } else {
            *slots[slot] += c;
        }
    }
    return p;
}

void write_site(const Parts& p) {
    write("site.yaml",
          "title: Fuzz\norganisation: Fuzz OPCC\nbase_url: https://example.org/rasso/\nnavigation:\n"
          "  - title: Reports\n    url: reports/_index.md\nprivacy:\n  terms: [Operation Nightjar]\n");
    write("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
    write("content/reports/_index.md", "---\ntitle: Reports\n---\nAll reports.\n");
    write("content/reports/q1.md",
          "---\ntitle: Q1\nsummary: " + yaml_quoted(p.summary) + "\n---\n" + p.markdown + "\n");
    write("data/kpi/catalogue.yaml",
          "aims:\n  - id: a\n    title: A\nbreakdowns:\n  - id: sex\n    title: Sex\n    groups: [Female, Male]\n"
          "indicators:\n  - id: charges\n    title: Charges\n    definition: D\n    unit: count\n"
          "    polarity: neutral\n    aim: a\n    breakdowns: [sex]\n");
    write("data/kpi/figures.csv", "indicator,period,breakdown,group,value,note\ncharges,2024-25 Q1,,,44,\n" + p.csv);
    write("data/findings/round.yaml",
          "title: Round\npublished: 2025-01-20\nfindings:\n  - theme: respect\n    said: " + yaml_quoted(p.yaml) +
              "\n    did: We acted.\n    status: done\n"
              "    updated: 2024-11-30\n");
}

bool whole_word_in(const std::string& text, const std::string& word) {
    auto is_word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        bool start = at == 0 || !is_word(text[at - 1]);
        bool end = at + word.size() >= text.size() || !is_word(text[at + word.size()]);
        if (start && end) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 4) return 0;
    const Plant& plant = plants[data[0] % std::size(plants)];
    auto place = static_cast<Place>(data[2] % static_cast<int>(Place::count));
    bool yaml = place == Place::summary || place == Place::finding;
    std::string planted = disguise(plant.text, data[1], plant.any_case, yaml);
    Parts parts = split(fuzz::bytes(data + 4, size - 4));
    switch (place) {
        case Place::markdown:
            parts.markdown = insert_at(parts.markdown, planted, data[3]);
            break;
        case Place::summary:
            parts.summary = insert_at(parts.summary, planted, data[3]);
            break;
        case Place::csv_note:
            parts.csv += "charges,2024-25 Q2,,,52,\"" + planted + "\"\n";
            break;
        case Place::csv_group:
            parts.csv += "charges,2024-25 Q2,sex,\"" + planted + "\",40,\n";
            break;
        default:
            parts.yaml = insert_at(parts.yaml, planted, data[3]);
            break;
    }
    write_site(parts);

    BuildOptions options;
    options.source_dir = site_dir();
    options.themes_dir = CANDOUR_BUILD_DATA_DIR "/themes";
    options.write = false;
    options.jobs = 1;
    options.today = Date{2025, 6, 1};
    options.charts.node = "/nonexistent/node";  // no chart drawing: the gate is what is fuzzed
    options.charts.cache_dir = site_dir() + "/.cache";
    Diagnostics diags;
    RenderedSite site = render_in_memory(options, diags);
    fuzz::check_diagnostics(diags);

    std::set<std::string> outputs;
    for (const auto& f : site.files) outputs.insert(f.path);
    bool located = false;
    for (const auto& d : diags.sorted()) {
        if (outputs.count(d.pos.file)) fuzz::fail("a diagnostic names an output file", format_diagnostic(d));
        if (d.message.starts_with("possible ")) located = true;
    }
    if (located) return 0;
    // Not reported: then it must not be published, in any form a reader would read as it.
    std::string published = normalise_plain(plant.text).text;
    for (const auto& f : site.files) {
        if (whole_word_in(read_published(f).text, published)) {
            fuzz::fail("planted personal data published without a located error", f.path + ": " + plant.text);
        }
    }
    return 0;
}
