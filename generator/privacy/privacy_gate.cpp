#include "privacy/privacy_gate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "diagnostics/text_position.hpp"
#include "io/parallel.hpp"
#include "privacy/approvals.hpp"
#include "privacy/privacy_scanner.hpp"
#include "privacy/provenance.hpp"
#include "privacy/published_text.hpp"
#include "privacy/site_sources.hpp"

namespace candour {

namespace {

// One detail found in the published site, wherever it appears.
struct Found {
    std::string kind;
    std::string text;  // as published, normalised
    std::string key;
    std::vector<std::string> outputs;  // the files that publish it
};

using FoundMap = std::map<std::pair<std::string, std::string>, Found>;  // by kind and key

// A file streamed to the staging folder was read as it was made; its
// bytes are gone, so what was found then stands for it here.
FoundMap scan_outputs(const std::vector<OutputFile>& files, const PrivacyScanner& scanner, const ScannedFiles* scanned,
                      int jobs, Diagnostics& diags) {
    std::vector<std::vector<PrivacyHit>> hits(files.size());
    parallel_for(files.size(), worker_count(jobs, files.size()), [&](std::size_t i, int) {
        if (!files[i].streamed) hits[i] = scanner.scan(read_published(files[i]));
    });
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i].streamed) continue;
        if (const auto* read = scanned ? scanned->hits_of(files[i].path) : nullptr) {
            hits[i] = *read;
            continue;
        }
        diags.error({files[i].path, 1, 1},
                    fmt::format("{} was written without being read by the privacy gate", files[i].path),
                    "this is a fault in candour, not in your site: do not publish, and report it");
    }
    FoundMap found;
    for (std::size_t i = 0; i < files.size(); ++i) {
        for (auto& h : hits[i]) {
            std::string key = match_key(h.text).key;
            auto& f = found[{h.kind, key}];
            if (f.outputs.empty()) f = {h.kind, h.text, key, {}};
            if (f.outputs.empty() || f.outputs.back() != files[i].path) f.outputs.push_back(files[i].path);
        }
    }
    return found;
}

// The source text of a match, on one line, for a message.
std::string quoted(const SourceMatch& m) {
    std::string s = m.file->text.substr(m.start, m.end - m.start);
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

std::string hint_for(const SourceFile& f) {
    switch (f.kind) {
        case SourceFile::Kind::content:
            return privacy_hint;
        case SourceFile::Kind::template_file:
        case SourceFile::Kind::asset:
            return "remove it from the theme: every page that uses this file publishes it. If it is public (such as "
                   "the organisation's own contact details) add it to 'privacy: allow:' in site.yaml";
        default:
            return "remove it: this file's text is published as written. If it is public (such as the organisation's "
                   "own contact details, or the Commissioner's name) add it to 'privacy: allow:' in site.yaml";
    }
}

class Gate {
public:
    Gate(const SourceTree& tree, const Routes& routes, const FileSystem& fs, const PrivacyGateOptions& options,
         Approvals& approvals, Diagnostics& diags)
        : index_(site_sources(tree, routes, fs)),
          provenance_(tree, routes, data_paths()),
          approvals_(approvals),
          options_(options),
          diags_(diags) {}

    void report(const Found& f) {
        // First in the files the publishing pages are made from (a few, so a
        // site with thousands of details stays fast), then everywhere.
        std::set<std::string> likely;
        for (const auto& out : f.outputs) {
            for (auto& s : provenance_.sources_of(out)) likely.insert(std::move(s));
        }
        auto matches = index_.find(f.key, &likely);
        if (matches.empty()) matches = index_.find(f.key);
        if (matches.empty()) return report_unplaced(f);
        for (const auto& m : matches) {
            if (!seen_.insert({m.file->path, m.start, f.kind}).second) continue;
            report_at(f, m);
        }
    }

private:
    std::vector<std::string> data_paths() const {
        std::vector<std::string> out;
        for (const auto& s : index_.files()) {
            if (s.kind == SourceFile::Kind::data) out.push_back(s.path);
        }
        return out;
    }

    void report_at(const Found& f, const SourceMatch& m) {
        const SourceFile& file = *m.file;
        if (m.in_file_name) {
            return emit(file, {file.path, 1, 1},
                        fmt::format("possible {} '{}' in the file name '{}', which is published as part of a web "
                                    "address",
                                    f.kind, f.text, file.path),
                        "rename the file, or give the page a 'slug' in its front matter");
        }
        auto lc = line_col_at(file.text, m.start);
        SourcePos pos{file.path, lc.line, lc.col};
        std::string written = quoted(m);
        if (file.kind == SourceFile::Kind::content && approvals_.approve(pos, f.kind, f.key, written)) return;
        std::string message = fmt::format("possible {} '{}' in published text", f.kind, written);
        if (normalise_plain(written).text != f.text) message += fmt::format(" (published as '{}')", f.text);
        emit(file, pos, message, hint_for(file));
    }

    // Not written anywhere as published (put together from several places):
    // the best source of the first file that publishes it, said plainly.
    void report_unplaced(const Found& f) {
        if (auto setting = provenance_.setting_of(f.outputs.front())) {
            return diags_.error(*setting,
                                fmt::format("possible {} '{}' in {}, a script published because of this setting",
                                            f.kind, f.text, f.outputs.front()),
                                "turn the setting off, or add the text to 'privacy: allow:' in site.yaml if it is "
                                "not about anyone");
        }
        auto sources = provenance_.sources_of(f.outputs.front());
        const SourceFile* file = index_.file(sources.front());
        SourcePos pos{sources.front(), 1, 1};
        std::string where = "its exact place could not be found";
        // The longest word of it that is written in one of these files.
        std::set<std::string> in_sources(sources.begin(), sources.end());
        std::vector<std::string> words;
        for (const auto& w : split_words(f.text)) words.push_back(match_key(w).key);
        std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        for (const auto& w : words) {
            if (w.size() < 3) break;
            auto part = index_.find(w, &in_sources);
            if (part.empty() || part.front().in_file_name) continue;
            file = part.front().file;
            auto lc = line_col_at(file->text, part.front().start);
            pos = {file->path, lc.line, lc.col};
            where = "it is put together from this text and other text";
            break;
        }
        std::string message =
            fmt::format("possible {} '{}' in published text, in {}; {}", f.kind, f.text, f.outputs.front(), where);
        if (file) return emit(*file, pos, message, hint_for(*file));
        diags_.error(pos, message, privacy_hint);
    }

    static std::vector<std::string> split_words(const std::string& text) {
        std::vector<std::string> out;
        std::string w;
        for (char c : text + " ") {
            if (c == ' ' || c == '\n') {
                if (!w.empty()) out.push_back(w);
                w.clear();
            } else {
                w += c;
            }
        }
        return out;
    }

    void emit(const SourceFile& file, SourcePos pos, std::string message, std::string hint) {
        if (options_.preview && file.preview_only) {
            diags_.warning(std::move(pos), std::move(message) + " (this page is not published yet)", std::move(hint));
        } else {
            diags_.error(std::move(pos), std::move(message), std::move(hint));
        }
    }

    SourceIndex index_;
    Provenance provenance_;
    Approvals& approvals_;
    PrivacyGateOptions options_;
    Diagnostics& diags_;
    std::set<std::tuple<std::string, std::size_t, std::string>> seen_;
};

}  // namespace

void privacy_gate(const SourceTree& tree, const Routes& routes, const std::vector<OutputFile>& files,
                  const FileSystem& fs, const PrivacyGateOptions& options, Diagnostics& diags, DisclosureLog& log,
                  const ScannedFiles* scanned) {
    std::optional<PrivacyScanner> own;
    if (!scanned) own.emplace(tree.config, diags);
    FoundMap found = scan_outputs(files, scanned ? scanned->scanner() : *own, scanned, options.jobs, diags);
    Approvals approvals(routes, options.preview);
    // The sources are read only when something was found, so a clean build pays nothing for them.
    if (!found.empty()) {
        Gate gate(tree, routes, fs, options, approvals, diags);
        for (const auto& [kind_key, f] : found) gate.report(f);
    }
    if (options.report_unused_approvals) approvals.finish(diags, log);
}

}  // namespace candour
