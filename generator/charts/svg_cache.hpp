#pragma once
// Rendered SVGs kept between builds, named by a hash of the spec, so an
// unchanged chart is never drawn twice. The key also covers the renderer
// (its script, pinned packages and font metrics) and the SVG clean-up, so
// upgrading either redraws everything.
#include <optional>
#include <string>

#include "io/keyed_file_cache.hpp"

namespace candour {

// 32 hex digits: XXH3-128 of `salt`, a newline and `spec_text`. The same
// on every machine and every run.
std::string spec_key(const std::string& spec_text, const std::string& salt);

class SvgCache {
public:
    // `dir` empty: a cache that keeps nothing.
    explicit SvgCache(std::string dir) : files_(std::move(dir), ".svg") {}

    std::optional<std::string> get(const std::string& key) const;
    // Written to a temporary file and renamed, so a build running at the
    // same time never reads half a file. False if it could not be written.
    bool put(const std::string& key, const std::string& svg) const;
    const std::string& dir() const { return files_.dir(); }

private:
    KeyedFileCache files_;
};

}  // namespace candour
