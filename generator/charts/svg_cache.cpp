#include "charts/svg_cache.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace candour {

namespace fs = std::filesystem;

std::string spec_key(const std::string& spec_text, const std::string& salt) {
    std::string input = salt + "\n" + spec_text;
    XXH128_hash_t h = XXH3_128bits(input.data(), input.size());
    return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string SvgCache::path_of(const std::string& key) const {
    return (fs::path(dir_) / (key + ".svg")).string();
}

std::optional<std::string> SvgCache::get(const std::string& key) const {
    if (dir_.empty()) return std::nullopt;
    std::ifstream in(path_of(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string svg = bytes.str();
    // A file cut short (a full disk) is not a chart.
    if (svg.rfind("<svg", 0) != 0 || svg.size() < 12 || svg.compare(svg.size() - 6, 6, "</svg>") != 0) {
        return std::nullopt;
    }
    return svg;
}

bool SvgCache::put(const std::string& key, const std::string& svg) const {
    if (dir_.empty()) return true;
    static std::atomic<int> counter{0};
    std::error_code ec;
    fs::create_directories(dir_, ec);
    std::string temp = fmt::format("{}.tmp-{}-{}", path_of(key), ::getpid(), counter++);
    {
        std::ofstream out(temp, std::ios::binary);
        out << svg;
        if (!out.flush()) {
            fs::remove(temp, ec);
            return false;
        }
    }
    fs::rename(temp, path_of(key), ec);
    if (!ec) return true;
    fs::remove(temp, ec);
    return false;
}

}  // namespace candour
