#include "cli/audit_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "accountability/accountability.hpp"
#include "audit/audit.hpp"
#include "diagnostics/exit_codes.hpp"
#include "io/file_system.hpp"
#include "load/kpi_catalogue.hpp"
#include "load/site_config.hpp"
#include "load/survey_breakdowns.hpp"
#include "releases/frozen_releases.hpp"

namespace candour {

namespace fs = std::filesystem;

namespace {

// The downloads and the published relations; pages are not needed.
std::vector<OutputFile> published_files(const fs::path& site) {
    std::vector<OutputFile> files;
    for (const auto& entry : fs::recursive_directory_iterator(site)) {
        if (!entry.is_regular_file() || entry.is_symlink()) continue;
        std::string rel = fs::relative(entry.path(), site).generic_string();
        if (entry.path().extension() != ".csv" && rel != disclosure_metadata_file) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        files.push_back({rel, bytes.str()});
    }
    std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
    return files;
}

// What the site's own source says a reader may know.
std::optional<DisclosureMetadata> metadata_from_source(const std::string& source, Diagnostics& diags) {
    DiskFileSystem fs(source);
    SiteConfig config = load_site_config(fs, diags);
    TextLanguage reading{config.language, config.languages, nullptr};
    Catalogue catalogue = load_kpi_catalogue(fs, diags, &reading);
    if (diags.has_errors()) return std::nullopt;
    std::vector<std::string> themes;
    for (const auto& t : finding_themes()) {
        if (t.surveyed) themes.push_back(t.id);
    }
    const DisclosureRules& rules = config.disclosure;
    DisclosureMetadata meta = make_disclosure_metadata(catalogue, rules.method == DisclosureRules::Method::round,
                                                       rules.rounding_base, rules.protection_width, themes);
    meta.survey_breakdowns = load_survey_breakdowns(fs, diags, &reading);
    // The releases the source keeps are online too, each its own edition.
    for (const auto& r : load_frozen_releases(fs, diags)) {
        ReleasedEdition e{r.manifest.period.code(), {}};
        for (const auto& f : r.manifest.files) e.files.push_back(f.path);
        meta.editions.push_back(std::move(e));
    }
    if (diags.has_errors()) return std::nullopt;
    return meta;
}

std::optional<DisclosureMetadata> published_metadata(const std::vector<OutputFile>& files, Diagnostics& diags) {
    for (const auto& f : files) {
        if (f.path == disclosure_metadata_file) return read_disclosure_metadata(f.path, f.bytes, diags);
    }
    return std::nullopt;
}

// Positions in the site's files, as the terminal should show them.
SourcePos in_site(const fs::path& site, SourcePos pos) {
    if (!pos.file.empty()) pos.file = (site / pos.file).generic_string();
    return pos;
}

}  // namespace

int run_audit(const AuditOptions& options, std::ostream& out, std::ostream& err) {
    fs::path site(options.site_dir);
    if (!fs::is_directory(site)) {
        err << fmt::format("candour: '{}' is not a folder\n", options.site_dir);
        return exit_usage;
    }
    auto started = std::chrono::steady_clock::now();
    std::vector<OutputFile> files = published_files(site);
    Diagnostics diags;
    std::optional<DisclosureMetadata> meta =
        options.source_dir.empty() ? published_metadata(files, diags) : metadata_from_source(options.source_dir, diags);
    if (!meta) {
        for (const auto& d : diags.sorted()) err << format_diagnostic(d) << "\n";
        if (options.source_dir.empty() && !diags.has_errors()) {
            err << fmt::format(
                "candour: {} has no {} (sites built before it was published have none); pass the "
                "site's source folder with --source\n",
                options.site_dir, disclosure_metadata_file);
        }
        return exit_usage;
    }
    AuditResult result = audit_files(files, *meta, diags, options.jobs);
    for (const auto& c : result.contradictions) {
        diags.error(in_site(site, {disclosure_metadata_file, 1, 1}), c,
                    "the published figures disagree with the relations; check the site was built from this source");
    }
    auto exposed = result.exposed();
    for (const auto& f : exposed) {
        diags.error(in_site(site, f.where), describe_exposure(f),
                    "rebuild the site with this version of candour, which hides further figures, and republish");
    }
    for (const auto& d : diags.sorted()) err << format_diagnostic(d) << "\n";
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    int hidden = static_cast<int>(result.checked.size());
    out << fmt::format(
        "candour: audited {} figures in {} downloads in {:.2f} s: {} hidden or rounded, {} can be "
        "worked out\n",
        result.figures, result.files, seconds, hidden,
        exposed.empty() ? std::string("none") : std::to_string(exposed.size()));
    if (result.files == 0) {
        err << fmt::format("candour: {} holds no KPI downloads to audit\n", options.site_dir);
        return exit_usage;
    }
    return diags.has_errors() ? exit_content_errors : exit_ok;
}

}  // namespace candour
