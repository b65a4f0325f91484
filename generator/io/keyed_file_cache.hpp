#pragma once
// Files kept between builds in a folder of the cache, each named by a hash
// of everything that made it, so work whose input did not change is not done
// again. A file is written to a temporary name and renamed, so a build
// running at the same time never reads half of one.
#include <optional>
#include <string>
#include <string_view>

namespace candour {

// 32 hex digits: XXH3-128 of `input`. The same on every machine and run.
std::string content_key(std::string_view input);

class KeyedFileCache {
public:
    // `dir` empty: a cache that keeps nothing. `extension`: ".xlsx", ".svg"...
    KeyedFileCache(std::string dir, std::string extension) : dir_(std::move(dir)), extension_(std::move(extension)) {}

    std::optional<std::string> get(const std::string& key) const;
    // False if it could not be written (the work is then simply done again).
    bool put(const std::string& key, std::string_view bytes) const;
    const std::string& dir() const { return dir_; }

private:
    std::string path_of(const std::string& key) const;
    std::string dir_;
    std::string extension_;
};

}  // namespace candour
