#pragma once
// Where candour keeps what it can always make again (drawn charts) between
// runs: in the user's cache, never in the site's folder, so `check` and
// `serve` write nothing there and the folder holds only what its editors
// wrote (docs/install.md, "The cache").
#include <string>

namespace candour {

struct CacheEnvironment {
    std::string xdg_cache_home;  // $XDG_CACHE_HOME; used only when absolute, as the XDG spec says
    std::string home;            // $HOME: ~/.cache otherwise
};

CacheEnvironment cache_environment();

// $XDG_CACHE_HOME/candour/<folder name>-<12 hex digits>, the digits a hash
// of the source folder's absolute path, so two sites with the same folder
// name never share a cache and the same site always finds its own. Empty
// when there is no cache folder to use (nothing is then kept).
std::string default_cache_dir(const std::string& source_dir, const CacheEnvironment& env);

}  // namespace candour
