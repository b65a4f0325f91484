#include "privacy/scanned_files.hpp"

#include "privacy/published_text.hpp"

namespace candour {

ScannedFiles::ScannedFiles(const SiteConfig& config, Diagnostics& diags) : scanner_(config, diags) {}

void ScannedFiles::scan(const OutputFile& file) {
    std::vector<PrivacyHit> hits = scanner_.scan(read_published(file));
    // Held for every page until the gate runs: most pages' candidates were
    // all allowed (the site's own contacts), leaving an empty vector with
    // room for them.
    hits.shrink_to_fit();
    std::lock_guard lock(mutex_);
    hits_[file.path] = std::move(hits);
}

const std::vector<PrivacyHit>* ScannedFiles::hits_of(const std::string& path) const {
    std::lock_guard lock(mutex_);
    auto it = hits_.find(path);
    return it == hits_.end() ? nullptr : &it->second;
}

}  // namespace candour
