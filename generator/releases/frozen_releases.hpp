#pragma once
// The releases already published (releases/<period>/ in the source): each
// file exactly as it was first published, checked byte for byte against its
// manifest, and published again unchanged at its address by every build.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "io/output_file.hpp"
#include "releases/release_manifest.hpp"

namespace candour {

struct FrozenRelease {
    ReleaseManifest manifest;
    std::string folder;             // "releases/2024-25-q2"
    std::vector<OutputFile> files;  // the published bytes, at their site paths, sorted
};

// Every release under releases/, oldest period first. A file changed,
// missing or added since its release is a located error, and that release
// is left out (the build fails, so nothing is published without it).
std::vector<FrozenRelease> load_frozen_releases(const FileSystem& fs, Diagnostics& diags);

// Puts each frozen file in place of whatever the build made at its path (or
// adds it), keeping `files` sorted by path.
void publish_frozen(std::vector<OutputFile>& files, const std::vector<FrozenRelease>& releases);

}  // namespace candour
