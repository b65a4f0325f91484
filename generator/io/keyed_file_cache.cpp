#include "io/keyed_file_cache.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/write_file.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace candour {

namespace fs = std::filesystem;

std::string content_key(std::string_view input) {
    XXH128_hash_t h = XXH3_128bits(input.data(), input.size());
    return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string KeyedFileCache::path_of(const std::string& key) const {
    return (fs::path(dir_) / (key + extension_)).string();
}

std::optional<std::string> KeyedFileCache::get(const std::string& key) const {
    if (dir_.empty()) return std::nullopt;
    std::ifstream in(path_of(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool KeyedFileCache::put(const std::string& key, std::string_view bytes) const {
    if (dir_.empty()) return true;
    static std::atomic<int> counter{0};
    std::string temp = fmt::format("{}.tmp-{}-{}", path_of(key), ::getpid(), counter++);
    std::error_code ec;
    if (write_file(temp, bytes)) {
        fs::rename(temp, path_of(key), ec);
        if (!ec) return true;
    }
    fs::remove(temp, ec);
    return false;
}

}  // namespace candour
