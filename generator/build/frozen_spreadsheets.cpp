#include "build/frozen_spreadsheets.hpp"

#include <algorithm>

#include "model/kpi_view.hpp"

namespace candour {

namespace {

const OutputFile* find_file(const std::vector<OutputFile>& files, const std::string& path) {
    for (const auto& f : files) {
        if (f.path == path) return &f;
    }
    return nullptr;
}

}  // namespace

void add_frozen_spreadsheets(std::vector<OutputFile>& files, const std::vector<FrozenRelease>& releases,
                             const Catalogue& catalogue, const DownloadCover& about) {
    if (!about.site) return;
    for (const auto& release : releases) {
        const Period& period = release.manifest.period;
        std::string xlsx = release_download(period, ".xlsx");
        if (find_file(release.files, xlsx)) continue;  // frozen with it: published as it was
        const OutputFile* csv = find_file(release.files, release_download(period, ".csv"));
        std::optional<std::string> book =
            csv ? kpi_workbook_of_csv(csv->bytes, period, catalogue, about) : std::nullopt;
        auto at = std::lower_bound(files.begin(), files.end(), xlsx,
                                   [](const OutputFile& f, const std::string& path) { return f.path < path; });
        bool present = at != files.end() && at->path == xlsx;
        if (!book) {
            if (present) files.erase(at);  // nothing frozen to make it from: no spreadsheet
        } else if (present) {
            at->bytes = std::move(*book);
        } else {
            files.insert(at, {xlsx, std::move(*book)});
        }
    }
}

}  // namespace candour
