#pragma once
// Every source file of the site that can reach a published byte, searchable
// by match key: the gate's map from what it found in the output back to the
// file, line and column where it was written. Pages' Markdown and front
// matter, site.yaml, everything under data/, the theme's templates and
// assets. A file is read (source_view.hpp) only when something has to be
// found in it, so a clean build pays nothing here.
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "privacy/source_view.hpp"

namespace candour {

struct SourceFile {
    enum class Kind { content, data, config, template_file, asset };
    std::string path;  // as messages name it: "content/reports/q1.md", "templates/default/partials/footer.mustache"
    std::string text;
    Kind kind = Kind::data;
    bool preview_only = false;  // a draft or scheduled page, shown only in a preview
    // Lines [first, last] that are never published and define what the gate
    // looks for or lets through: site.yaml's privacy section, a page's
    // privacy approvals.
    std::vector<std::pair<int, int>> excluded_lines;
};

struct SourceMatch {
    const SourceFile* file = nullptr;
    std::size_t start = 0;  // byte offsets in file->text
    std::size_t end = 0;
    bool in_file_name = false;  // found in the file's path, not its text
};

class SourceIndex {
public:
    explicit SourceIndex(std::vector<SourceFile> files);
    ~SourceIndex();

    // Every place `key` is written: in the text as read, then with markup
    // kept, then in file names; whole words first. Only in `paths` when given.
    std::vector<SourceMatch> find(const std::string& key, const std::set<std::string>* paths = nullptr) const;

    const SourceFile* file(const std::string& path) const;
    const std::vector<SourceFile>& files() const { return files_; }

private:
    struct Views;
    const SourceView& view(std::size_t file, SourceReading reading) const;
    std::vector<SourceMatch> find_in(const std::string& key, SourceReading reading, bool whole,
                                     const std::set<std::string>* paths) const;

    std::vector<SourceFile> files_;
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<Views>> views_;
};

}  // namespace candour
