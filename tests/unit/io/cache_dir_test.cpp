// The default cache folder: in the user's cache, named after the site's
// folder and a hash of its absolute path.
#include "io/cache_dir.hpp"

#include <catch2/catch.hpp>
#include <regex>

#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

TEST_CASE("the cache is $XDG_CACHE_HOME/candour/<folder name>-<hash of its path>") {
    TempDir dir;
    write_files(dir / "northmoor", {{"site.yaml", ""}});
    std::string cache = default_cache_dir(dir / "northmoor", {"/home/ana/.cache-x", "/home/ana"});
    CHECK(std::regex_match(cache, std::regex("/home/ana/\\.cache-x/candour/northmoor-[0-9a-f]{12}")));
}

TEST_CASE("without XDG_CACHE_HOME, or with a relative one, the cache is under ~/.cache") {
    TempDir dir;
    write_files(dir / "site", {{"site.yaml", ""}});
    std::string from_home = default_cache_dir(dir / "site", {"", "/home/ana"});
    CHECK(from_home.rfind("/home/ana/.cache/candour/site-", 0) == 0);
    CHECK(default_cache_dir(dir / "site", {"relative/cache", "/home/ana"}) == from_home);
    CHECK(default_cache_dir(dir / "site", {"", ""}).empty());  // nowhere to keep anything
}

TEST_CASE("the same folder, however it is named, has one cache; another folder of the same name has its own") {
    TempDir dir;
    write_files(dir / "a/site", {{"site.yaml", ""}});
    write_files(dir / "b/site", {{"site.yaml", ""}});
    CacheEnvironment env{"/cache", ""};
    std::string a = default_cache_dir(dir / "a/site", env);
    CHECK(default_cache_dir(dir / "a/site/", env) == a);
    CHECK(default_cache_dir(dir / "a/../a/./site", env) == a);
    CHECK(default_cache_dir(dir / "b/site", env) != a);
}
