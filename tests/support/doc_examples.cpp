#include "support/doc_examples.hpp"

#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace candour::testing {

namespace {

const std::set<std::string> known_words = {"example", "base", "file", "append", "expect"};
const std::set<std::string> known_bases = {"sample", "bilingual", "minimal"};
// The one place a base keeps between builds that is not its own source.
const char* const chart_cache_dir = ".candour-cache/";

std::vector<std::string> split_words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string where(const DocBlock& b) {
    return fmt::format("{}:{}", b.doc, b.line);
}

// A path inside the site folder, as the docs write one: no way out of it.
bool is_site_path(const std::string& path) {
    if (path.empty() || path.front() == '/') return false;
    for (const auto& part : fs::path(path)) {
        if (part == ".." || part == ".") return false;
    }
    return true;
}

// The words after the language, checked one by one, so that a typo is a
// problem at its line rather than a block quietly left out.
bool read_words(DocBlock& block, const std::string& info, std::vector<std::string>& problems) {
    auto words = split_words(info);
    if (!words.empty() && words.front().find('=') == std::string::npos) words.erase(words.begin());  // the language
    bool ok = true;
    auto problem = [&](const std::string& text) {
        problems.push_back(where(block) + ": " + text);
        ok = false;
    };
    for (const auto& w : words) {
        auto eq = w.find('=');
        std::string key = w.substr(0, eq);
        if (eq == std::string::npos || eq + 1 == w.size() || !known_words.count(key)) {
            problem(fmt::format(
                "unknown fence word '{}': a marked block takes example=NAME, base=sample|bilingual|minimal, "
                "file=PATH, append=PATH and expect=output|PATH",
                w));
        } else if (!block.words.emplace(key, w.substr(eq + 1)).second) {
            problem(fmt::format("'{}=' is given twice", key));
        }
    }
    return ok;
}

// What a marked block must say to be run: its example, and one thing to do.
bool check_block(const DocBlock& b, std::vector<std::string>& problems) {
    auto problem = [&](const std::string& text) {
        problems.push_back(where(b) + ": " + text);
        return false;
    };
    if (!b.words.count("example")) {
        return problem(b.words.count("expect") ? "an expect= without example=NAME: no example would run it"
                                               : "a marked block without example=NAME");
    }
    int roles = static_cast<int>(b.words.count("file") + b.words.count("append") + b.words.count("expect"));
    if (roles != 1) return problem("a block is one of file=PATH, append=PATH or expect=output|PATH");
    for (const char* key : {"file", "append"}) {
        if (b.words.count(key) && !is_site_path(b.words.at(key)))
            return problem(fmt::format("{}={} is not a path inside the site folder", key, b.words.at(key)));
    }
    if (b.words.count("expect") && b.words.at("expect") != "output" && !is_site_path(b.words.at("expect")))
        return problem(fmt::format("expect={} is neither 'output' nor a path in the built site", b.words.at("expect")));
    if (b.words.count("base") && !known_bases.count(b.words.at("base")))
        return problem(
            fmt::format("unknown base '{}': use base=sample, base=bilingual or base=minimal", b.words.at("base")));
    return true;
}

void add_to_example(std::vector<DocExample>& examples, const DocBlock& b, std::vector<std::string>& problems) {
    const std::string& name = b.words.at("example");
    auto it = std::find_if(examples.begin(), examples.end(), [&](const DocExample& e) { return e.name == name; });
    if (it == examples.end()) {
        if (!b.words.count("base")) {
            problems.push_back(fmt::format(
                "{}: example '{}' starts here without base=sample|bilingual|minimal (a misspelt name starts a "
                "new example)",
                where(b), name));
            return;
        }
        examples.push_back({name, b.words.at("base"), {}});
        it = std::prev(examples.end());
    } else if (b.words.count("base") && b.words.at("base") != it->base) {
        problems.push_back(fmt::format("{}: example '{}' already has base={}", where(b), name, it->base));
        return;
    }
    it->blocks.push_back(b);
}

// An example that only expects builds nothing of its own: an expectation
// of the base alone, which is a doc's typo rather than an example. It is
// reported, and not run.
void drop_examples_that_run_nothing(std::vector<DocExample>& examples, std::vector<std::string>& problems) {
    std::erase_if(examples, [&](const DocExample& e) {
        bool writes = std::any_of(e.blocks.begin(), e.blocks.end(),
                                  [](const DocBlock& b) { return b.words.count("file") || b.words.count("append"); });
        if (!writes)
            problems.push_back(fmt::format("{}: example '{}' has no file= or append= block: nothing of it would run",
                                           where(e.blocks.front()), e.name));
        return !writes;
    });
}

// Any word after the language marks a block; a lone language (or none)
// is an illustration.
bool is_marked(const char* info) {
    if (!info) return false;
    auto words = split_words(info);
    return words.size() > 1 || (words.size() == 1 && words.front().find('=') != std::string::npos);
}

void read_one_doc(const DocText& doc, std::vector<DocExample>& examples, std::vector<std::string>& problems) {
    std::unique_ptr<cmark_node, void (*)(cmark_node*)> root(
        cmark_parse_document(doc.text.data(), doc.text.size(), CMARK_OPT_DEFAULT), cmark_node_free);
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(root.get()), cmark_iter_free);
    for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter.get())) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK) continue;
        const char* info = cmark_node_get_fence_info(node);
        if (!is_marked(info)) continue;
        DocBlock block{doc.doc, cmark_node_get_start_line(node), cmark_node_get_literal(node), {}};
        if (read_words(block, info, problems) && check_block(block, problems))
            add_to_example(examples, block, problems);
    }
}

// --- running ---------------------------------------------------------------

std::string trimmed_right(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    return s;
}

// The first line of `expected` (blank lines aside) not found in `text`,
// each looked for after the previous one; empty when all are there.
std::string first_missing_line(const std::string& expected, const std::string& text) {
    std::size_t from = 0;
    for (const auto& raw : lines_of(expected)) {
        std::string line = trimmed_right(raw);
        if (line.empty()) continue;
        auto at = text.find(line, from);
        if (at == std::string::npos) return line;
        from = at + line.size();
    }
    return "";
}

bool expects_errors(const DocExample& e) {
    for (const auto& b : e.blocks) {
        if (b.words.count("expect") && b.words.at("expect") == "output" &&
            b.text.find(": error: ") != std::string::npos)
            return true;
    }
    return false;
}

std::string error_summary(const std::string& err) {
    std::string out;
    for (const auto& line : lines_of(err)) {
        if (line.find(": error: ") != std::string::npos || line.rfind("  hint: ", 0) == 0) out += "\n    " + line;
    }
    return out.empty() ? "\n    " + err : out;
}

}  // namespace

DocExamples read_doc_examples(const std::vector<DocText>& docs) {
    DocExamples out;
    for (const auto& doc : docs) read_one_doc(doc, out.examples, out.problems);
    drop_examples_that_run_nothing(out.examples, out.problems);
    return out;
}

DocExampleRunner::DocExampleRunner(std::map<std::string, Files> bases) : bases_(std::move(bases)) {}

namespace {

using Report = std::function<void(const DocBlock&, const std::string&)>;

// The example's site: its base with each file= block written and each
// append= block added, in the order the docs give them.
Files site_of(const DocExample& example, const Files& base, const Report& problem) {
    Files site = base;
    for (const auto& b : example.blocks) {
        if (b.words.count("file")) site[b.words.at("file")] = b.text;
        if (!b.words.count("append")) continue;
        const std::string& path = b.words.at("append");
        if (!site.count(path)) {
            problem(b, fmt::format("append={}: the {} site has no such file", path, example.base));
            continue;
        }
        std::string& text = site[path];
        if (!text.empty() && text.back() != '\n') text += '\n';
        // A blank line, so that Markdown added to a page starts a paragraph of its own.
        if (path.ends_with(".md")) text += '\n';
        text += b.text;
    }
    return site;
}

void check_expectations(const DocExample& example, const RunResult& r, const Files& out, const Report& problem) {
    for (const auto& b : example.blocks) {
        if (!b.words.count("expect")) continue;
        const std::string& target = b.words.at("expect");
        if (target != "output" && !out.count(target)) {
            problem(b, fmt::format("the build wrote no {}", target));
            continue;
        }
        std::string missing = first_missing_line(b.text, target == "output" ? r.out + r.err : out.at(target));
        if (!missing.empty())
            problem(b, fmt::format("{} does not contain (in this order) the line\n    {}{}", target, missing,
                                   target == "output" ? "\n  candour printed:\n" + r.out + r.err : ""));
    }
}

}  // namespace

RunResult DocExampleRunner::build(const Files& site, const TempDir& dir) {
    write_files(dir / "src", site);
    write_files(dir / "src", chart_cache_);
    RunResult r = run_candour({"build", "--no-search", "--source", dir / "src", "--output", dir / "out"});
    for (auto& [path, bytes] : read_tree(dir / ("src/" + std::string(chart_cache_dir))))
        chart_cache_[std::string(chart_cache_dir) + path] = std::move(bytes);
    return r;
}

std::vector<std::string> DocExampleRunner::run(const DocExample& example) {
    std::vector<std::string> problems;
    Report problem = [&](const DocBlock& b, const std::string& text) {
        problems.push_back(fmt::format("{}: example '{}': {}", where(b), example.name, text));
    };
    Files site = site_of(example, bases_.at(example.base), problem);
    if (!problems.empty()) return problems;
    TempDir dir;
    RunResult r = build(site, dir);
    int wanted = expects_errors(example) ? 1 : 0;
    if (r.exit_code != wanted) {
        problem(example.blocks.front(),
                wanted == 0 ? "candour build failed:" + error_summary(r.err)
                            : fmt::format("candour build exited {}, not 1 as the errors it should print", r.exit_code));
        return problems;
    }
    check_expectations(example, r, wanted == 0 ? read_tree(dir / "out") : Files{}, problem);
    return problems;
}

// The sample as shipped, in English and Welsh.
Files bilingual_doc_base() {
    const std::string root = CANDOUR_SOURCE_DIR;
    Files site;
    std::ifstream config(root + "/site.yaml", std::ios::binary);
    site["site.yaml"] = std::string(std::istreambuf_iterator<char>(config), {});
    for (const char* dir : {"content", "data", "templates", "static", "releases"}) {
        for (auto& [path, bytes] : read_tree(root + "/" + dir)) site[std::string(dir) + "/" + path] = std::move(bytes);
    }
    return site;
}

// The sample in English only, as most docs' examples are written: Welsh
// taken out of `languages`, its pages left out (the Welsh texts in the data
// files wait unused).
Files sample_doc_base() {
    Files site = bilingual_doc_base();
    std::string& config = site.at("site.yaml");
    const std::string languages = "\nlanguages: [en-GB, cy]";
    if (auto at = config.find(languages + "\n"); at != std::string::npos) config.erase(at, languages.size());
    for (auto it = site.begin(); it != site.end();) {
        bool welsh = it->first.size() > 6 && it->first.compare(it->first.size() - 6, 6, ".cy.md") == 0;
        it = welsh ? site.erase(it) : std::next(it);
    }
    return site;
}

Files minimal_doc_base() {
    return {
        {"site.yaml",
         "title: \"Rape and serious sexual offences: quarterly report\"\n"
         "organisation: Office of the Police and Crime Commissioner for Northmoor\n"
         "base_url: https://www.opcc.northmoor.example/rasso/\n"},
        {"content/_index.md", "---\ntitle: Home\nsummary: Our quarterly report.\n---\nWelcome.\n"},
        {"content/reports/_index.md", "---\ntitle: Quarterly reports\nsummary: Every quarter's report.\n---\n"},
        {"content/about/_index.md", "---\ntitle: About this report\nsummary: How we report.\n---\n"},
        {"content/accessibility.md", "---\ntitle: Accessibility\nsummary: How accessible this site is.\n---\n"},
    };
}

}  // namespace candour::testing
