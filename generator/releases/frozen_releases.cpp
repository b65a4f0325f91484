#include "releases/frozen_releases.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "releases/sha256.hpp"

namespace candour {

namespace {

constexpr const char* restore_hint =
    "a release is kept exactly as it was published: restore it from version control (git checkout -- {0}); "
    "to correct a figure, correct the data: the next build marks it revised and lists it on the revisions page";

class ReleaseReader {
public:
    ReleaseReader(const FileSystem& fs, Diagnostics& diags) : fs_(fs), diags_(diags) {}

    std::optional<FrozenRelease> read(const std::string& folder, const std::vector<std::string>& paths) {
        std::string manifest_path = folder + "/manifest.json";
        auto text = fs_.read(manifest_path);
        if (!text) {
            diags_.error({folder, 1, 1}, "this release folder has no manifest.json",
                         "a release folder is made by 'candour release'; restore it from version control, or "
                         "remove the folder if it was never published");
            return std::nullopt;
        }
        auto manifest = read_manifest(manifest_path, *text, diags_);
        if (!manifest) return std::nullopt;
        if (release_folder(manifest->period) != folder) {
            diags_.error({manifest_path, 1, 1},
                         fmt::format("this manifest is for {}, but it is in {}", manifest->period.code(), folder),
                         fmt::format("a release lives in {}; restore both from version control",
                                     release_folder(manifest->period)));
            return std::nullopt;
        }
        FrozenRelease out{*manifest, folder, {}};
        int errors_before = diags_.error_count();
        std::set<std::string> listed;
        for (const auto& f : manifest->files) {
            std::string source = folder + "/" + f.path;
            listed.insert(source);
            auto bytes = fs_.read(source);
            std::string when = manifest->released.display();
            if (!bytes) {
                diags_.error(
                    {source, 1, 1},
                    fmt::format("a file of the {} release, published on {}, is missing", manifest->period.code(), when),
                    fmt::format(fmt::runtime(restore_hint), folder));
            } else if (sha256_hex(*bytes) != f.sha256) {
                diags_.error({source, 1, 1},
                             fmt::format("this file has changed since the {} release was published on {}",
                                         manifest->period.code(), when),
                             fmt::format(fmt::runtime(restore_hint), folder));
            } else {
                out.files.push_back({f.path, std::move(*bytes)});
            }
        }
        for (const auto& p : paths) {
            if (p != manifest_path && !listed.count(p)) {
                diags_.error({p, 1, 1}, fmt::format("this file is not part of the {} release", manifest->period.code()),
                             fmt::format("nothing may be added to a published release: move it out of {}", folder));
            }
        }
        if (diags_.error_count() != errors_before) return std::nullopt;
        return out;
    }

private:
    const FileSystem& fs_;
    Diagnostics& diags_;
};

}  // namespace

std::vector<FrozenRelease> load_frozen_releases(const FileSystem& fs, Diagnostics& diags) {
    std::map<std::string, std::vector<std::string>> by_folder;  // "releases/2024-25-q2" -> its files
    const std::string prefix = std::string(releases_dir) + "/";
    for (const auto& path : fs.list_files(releases_dir)) {
        std::size_t slash = path.find('/', prefix.size());
        if (slash == std::string::npos) {
            diags.error({path, 1, 1}, "a file directly in releases/ belongs to no release",
                        "releases/ holds one folder per release, made by 'candour release'; move the file out");
            continue;
        }
        by_folder[path.substr(0, slash)].push_back(path);
    }
    std::vector<FrozenRelease> out;
    ReleaseReader reader(fs, diags);
    for (const auto& [folder, paths] : by_folder) {
        if (auto r = reader.read(folder, paths)) out.push_back(std::move(*r));
    }
    std::sort(out.begin(), out.end(),
              [](const FrozenRelease& a, const FrozenRelease& b) { return a.manifest.period < b.manifest.period; });
    std::map<std::string, std::string> owner;  // published path -> the release that holds it
    for (const auto& r : out) {
        for (const auto& f : r.files) {
            auto [it, fresh] = owner.emplace(f.path, r.manifest.period.code());
            if (!fresh) {
                diags.error({r.folder + "/manifest.json", 1, 1},
                            fmt::format("the {} release publishes {}, which the {} release already published",
                                        r.manifest.period.code(), f.path, it->second),
                            "two releases cannot share an address; restore releases/ from version control");
            }
        }
    }
    return out;
}

void publish_frozen(std::vector<OutputFile>& files, const std::vector<FrozenRelease>& releases) {
    std::map<std::string, const OutputFile*> frozen;
    for (const auto& r : releases) {
        for (const auto& f : r.files) frozen[f.path] = &f;
    }
    if (frozen.empty()) return;
    for (auto& f : files) {
        auto it = frozen.find(f.path);
        if (it == frozen.end()) continue;
        f.bytes = it->second->bytes;
        f.streamed = false;  // a page written as it was rendered is written over with the release's
        frozen.erase(it);
    }
    for (const auto& [path, f] : frozen) files.push_back(*f);
    std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
}

}  // namespace candour
