#pragma once
// Files the privacy gate read as soon as they were made, so that their
// bytes need not be held until the gate runs: `candour build` writes each
// page to the staging folder as it is rendered and keeps only what the
// scanner found in it (build/build.cpp). privacy_gate then takes these
// findings as its own reading of those files; a file marked streamed that
// was never read here is an error, never a clean file.
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"
#include "load/site_config.hpp"
#include "privacy/privacy_scanner.hpp"

namespace candour {

class ScannedFiles {
public:
    // The scanner the gate uses later (a bad pattern in site.yaml is
    // reported here, once).
    ScannedFiles(const SiteConfig& config, Diagnostics& diags);

    // Reads `file` as it is published and keeps what was found. Any thread.
    void scan(const OutputFile& file);

    const PrivacyScanner& scanner() const { return scanner_; }
    // What scan found in the file at `path`; null if it was never scanned.
    const std::vector<PrivacyHit>* hits_of(const std::string& path) const;

private:
    PrivacyScanner scanner_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, std::vector<PrivacyHit>> hits_;  // by path, one entry a file scanned
};

}  // namespace candour
