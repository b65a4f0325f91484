#include "io/cache_dir.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace candour {

namespace fs = std::filesystem;

namespace {

std::string env_or_empty(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

fs::path cache_home(const CacheEnvironment& env) {
    if (!env.xdg_cache_home.empty() && fs::path(env.xdg_cache_home).is_absolute()) return env.xdg_cache_home;
    if (!env.home.empty()) return fs::path(env.home) / ".cache";
    return {};
}

}  // namespace

CacheEnvironment cache_environment() {
    return {env_or_empty("XDG_CACHE_HOME"), env_or_empty("HOME")};
}

std::string default_cache_dir(const std::string& source_dir, const CacheEnvironment& env) {
    fs::path home = cache_home(env);
    if (home.empty()) return {};
    // Links resolved, so `.`, `../site` and a linked folder name one cache.
    std::error_code ec;
    fs::path source = fs::weakly_canonical(fs::absolute(source_dir), ec);
    if (ec) source = fs::absolute(source_dir).lexically_normal();
    if (source.filename().empty()) source = source.parent_path();  // "site/"
    std::string path = source.string();
    std::string name = source.filename().string();
    if (name.empty()) name = "root";
    // XXH3, not std::hash: the same folder must get the same name from every build of candour.
    auto hash = XXH3_64bits(path.data(), path.size());
    return (home / "candour" / fmt::format("{}-{:012x}", name, hash >> 16)).string();
}

}  // namespace candour
