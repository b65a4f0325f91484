#pragma once
// releases/<period>/manifest.json: what one quarterly release published,
// file by file, with the SHA-256 of each file's bytes. Written once by
// `candour release`, never by a build.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/date.hpp"
#include "kpi/period.hpp"

namespace candour {

inline constexpr const char* releases_dir = "releases";
inline constexpr const char* release_manifest_format = "candour-release/1";

struct ReleasedFile {
    std::string path;  // where it is published, relative to the site root
    std::string sha256;
};

struct ReleaseManifest {
    Period period = Period::quarter(2000, 1);
    Date released;
    std::string candour_version;
    std::vector<ReleasedFile> files;  // sorted by path
    // For each figure the release hid ([c]): a fingerprint of its true value
    // (SHA-256 of the cell and the value), so a later build can tell whether
    // it has been revised without the value being kept anywhere. The
    // manifest is never published.
    std::map<std::string, std::string> hidden;  // cell key ("charges|2024-25 Q1|sex|Male|value") -> fingerprint
};

// "releases/2024-25-q2": the folder of a period's release in the source.
std::string release_folder(const Period& period);

std::string manifest_json(const ReleaseManifest& manifest);

// Reads a manifest; problems are located in `path`. Nothing when unusable.
std::optional<ReleaseManifest> read_manifest(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace candour
