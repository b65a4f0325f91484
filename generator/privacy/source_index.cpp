#include "privacy/source_index.hpp"

#include <algorithm>

#include "diagnostics/text_position.hpp"
#include "privacy/match_key.hpp"
#include "privacy/normalised_text.hpp"

namespace candour {

struct SourceIndex::Views {
    std::optional<SourceView> text;
    std::optional<SourceView> markup_kept;
};

SourceIndex::SourceIndex(std::vector<SourceFile> files) : files_(std::move(files)) {
    views_.resize(files_.size());
}

SourceIndex::~SourceIndex() = default;

const SourceFile* SourceIndex::file(const std::string& path) const {
    for (const auto& f : files_) {
        if (f.path == path) return &f;
    }
    return nullptr;
}

const SourceView& SourceIndex::view(std::size_t i, SourceReading reading) const {
    std::lock_guard lock(mutex_);
    if (!views_[i]) views_[i] = std::make_unique<Views>();
    auto& slot = reading == SourceReading::text ? views_[i]->text : views_[i]->markup_kept;
    if (!slot) slot = read_source(files_[i].text, reading, files_[i].kind == SourceFile::Kind::template_file);
    return *slot;
}

namespace {

bool excluded(const SourceFile& f, std::size_t offset) {
    if (f.excluded_lines.empty()) return false;
    int line = line_col_at(f.text, offset).line;
    return std::any_of(f.excluded_lines.begin(), f.excluded_lines.end(),
                       [&](const auto& r) { return r.first <= line && line <= r.second; });
}

bool wanted(const SourceFile& f, const std::set<std::string>* paths) {
    return !paths || paths->count(f.path);
}

}  // namespace

std::vector<SourceMatch> SourceIndex::find_in(const std::string& key, SourceReading reading, bool whole,
                                              const std::set<std::string>* paths) const {
    std::vector<SourceMatch> found;
    for (std::size_t i = 0; i < files_.size(); ++i) {
        const SourceFile& f = files_[i];
        if (!wanted(f, paths)) continue;
        const SourceView& v = view(i, reading);
        for (std::size_t at = v.key.find(key); at != std::string::npos; at = v.key.find(key, at + 1)) {
            std::size_t last = at + key.size() - 1;
            if (whole && !(v.boundary[at] && v.boundary[last + 1])) continue;
            if (excluded(f, v.from[at])) continue;
            // Later key bytes of the same match are not a new occurrence.
            if (!found.empty() && found.back().file == &f && v.from[at] < found.back().end) continue;
            found.push_back({&f, v.from[at], v.to[last], false});
        }
    }
    return found;
}

std::vector<SourceMatch> SourceIndex::find(const std::string& key, const std::set<std::string>* paths) const {
    if (key.empty()) return {};
    for (auto reading : {SourceReading::text, SourceReading::markup_kept}) {
        for (bool whole : {true, false}) {
            auto found = find_in(key, reading, whole, paths);
            if (!found.empty()) return found;
        }
    }
    // A detail in a file name is published in the page's web address.
    std::vector<SourceMatch> found;
    for (const auto& f : files_) {
        if (wanted(f, paths) && match_key(normalise_plain(f.path).text).key.find(key) != std::string::npos) {
            found.push_back({&f, 0, 0, true});
        }
    }
    return found;
}

}  // namespace candour
