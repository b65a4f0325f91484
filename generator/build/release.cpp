#include "build/release.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "audit/download_reader.hpp"
#include "build/build_date.hpp"
#include "io/write_file.hpp"
#include "model/kpi_view.hpp"
#include "releases/release_manifest.hpp"
#include "releases/sha256.hpp"

namespace candour {

namespace fs = std::filesystem;

namespace {

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// The report pages of `period` and the files beside them (chart data), and
// the period's downloads.
std::vector<const OutputFile*> files_of(const RenderedSite& site, const Period& period) {
    std::set<std::string> folders, downloads;
    for (const auto& [p, page] : site.period_pages) {
        if (p == period) folders.insert(folder_of(page));
    }
    if (folders.empty()) return {};
    for (const char* ext : {".csv", ".json", ".csv-metadata.json", ".xlsx"})
        downloads.insert(release_download(period, ext));
    std::vector<const OutputFile*> out;
    for (const auto& f : site.files) {
        std::string folder = folder_of(f.path);
        if (downloads.count(f.path) || (!folder.empty() && folders.count(folder))) out.push_back(&f);
    }
    return out;
}

// The fingerprints of the figures these files show as [c], so a later
// build can tell whether each has been revised.
std::map<std::string, std::string> fingerprints_of_hidden(const std::vector<const OutputFile*>& files,
                                                          const std::map<std::string, std::string>& all,
                                                          Diagnostics& diags) {
    DownloadedFigures read;
    std::uint32_t n = 0;
    for (const auto* f : files) read_download(f->path, f->bytes, n++, read, diags);
    std::map<std::string, std::string> out;
    for (const auto& fig : read.publication.figures) {
        if (!fig.hidden()) continue;
        std::string key = read.publication.names.key(fig.cell).cell_key();
        if (auto it = all.find(key); it != all.end()) out[key] = it->second;
    }
    return out;
}

}  // namespace

ReleaseReport release_period(BuildOptions options, const Period& period, Diagnostics& diags) {
    ReleaseReport report;
    std::string folder = release_folder(period);
    fs::path target = fs::path(options.source_dir) / folder;
    SourcePos at{folder + "/manifest.json", 1, 1};
    if (fs::exists(target)) {
        diags.error(at, fmt::format("{} has already been released", period.code()),
                    "a release is never replaced: correct the data instead, and the next build marks each "
                    "changed figure as revised");
        return report;
    }
    options.freezing = period;
    options.preview = false;
    RenderedSite site = render_in_memory(options, diags);
    if (diags.has_errors()) return report;
    auto files = files_of(site, period);
    if (files.empty()) {
        diags.error({"content/reports", 1, 1}, fmt::format("no published page reports on {}", period.code()),
                    fmt::format("a release freezes the report for its period: give that report 'period: {}' in its "
                                "front matter, and make sure it is not a draft or dated in the future",
                                period.code()));
        return report;
    }
    ReleaseManifest manifest;
    manifest.period = period;
    manifest.released = build_date(options.today);  // the date the build gave the release notice
    manifest.candour_version = CANDOUR_VERSION;
    // Written into a staging folder first, so a failed release leaves nothing half made.
    fs::path staging = fs::path(options.source_dir) / (folder + ".partial");
    std::error_code ec;
    fs::remove_all(staging, ec);
    bool ok = true;
    for (const auto* f : files) {
        manifest.files.push_back({f->path, sha256_hex(f->bytes)});
        ok = ok && write_file(staging / f->path, f->bytes);
    }
    manifest.hidden = fingerprints_of_hidden(files, site.hidden_fingerprints, diags);
    ok = ok && write_file(staging / "manifest.json", manifest_json(manifest));
    if (ok) fs::rename(staging, target, ec);
    if (!ok || ec) {
        fs::remove_all(staging, ec);
        diags.error(at, fmt::format("could not write the release into {}", target.string()),
                    "check that the source folder can be written to, and that there is space on the disk");
        return report;
    }
    report.written = true;
    report.folder = target.string();
    report.files = static_cast<int>(files.size());
    return report;
}

}  // namespace candour
