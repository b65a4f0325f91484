#include "pdf/print_pdf.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/run_program.hpp"
#include "io/write_file.hpp"
#include "pdf/pdf_dates.hpp"
#include "pdf/pdf_names.hpp"

namespace fs = std::filesystem;

namespace candour {

namespace {

constexpr const char* off_hint = " (or build without --pdf and without 'pdf: true' in site.yaml)";

std::string install_hint(const std::string& pdf_dir) {
    return fmt::format(
        "run scripts/install-deps.sh (on Debian: 'apt-get install chromium nodejs npm', then 'npm ci' in {}){}",
        pdf_dir, off_hint);
}

std::string chromium_path(const PdfOptions& options) {
    if (!options.chromium.empty()) return options.chromium;
    const char* env = std::getenv("CHROMIUM");
    return env && *env ? env : "/usr/bin/chromium";
}

// What stops printing before Node.js starts, or an empty string.
std::string missing_tool(const PdfOptions& options, const std::string& chromium, std::string& hint) {
    hint = install_hint(options.pdf_dir);
    if (!fs::is_regular_file(pdf_script(options.pdf_dir))) {
        return fmt::format("the report PDFs were not made: {} is missing", pdf_script(options.pdf_dir));
    }
    if (!fs::is_regular_file(fs::path(options.pdf_dir) / "node_modules/playwright-core/package.json")) {
        return "the report PDFs were not made: playwright-core is not installed";
    }
    if (::access(chromium.c_str(), X_OK) != 0) {
        hint = fmt::format("install Chromium ('apt-get install chromium' on Debian) or set CHROMIUM to its path{}",
                           off_hint);
        return fmt::format("the report PDFs were not made: Chromium is needed to print them, but {} was not found",
                           chromium);
    }
    return {};
}

std::optional<std::string> read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void remove_pdfs(const std::string& site_dir, const std::vector<PdfJob>& jobs) {
    std::error_code ec;
    for (const auto& job : jobs) fs::remove(fs::path(site_dir) / job.pdf, ec);
}

// Every PDF printed, with what Chromium varies from run to run (the time,
// link target names) made fixed. False (with `why`) if one is missing.
bool make_reproducible(const std::string& site_dir, const std::vector<PdfJob>& jobs, std::string& why) {
    for (const auto& job : jobs) {
        fs::path path = fs::path(site_dir) / job.pdf;
        auto bytes = read_bytes(path);
        if (!bytes || bytes->rfind("%PDF-", 0) != 0) {
            why = fmt::format("Chromium did not write {}", job.pdf);
            return false;
        }
        fix_pdf_dates(*bytes, job.date);
        renumber_pdf_node_names(*bytes);
        if (!write_file(path, *bytes)) {
            why = fmt::format("could not write {}", path.string());
            return false;
        }
    }
    return true;
}

}  // namespace

std::string pdf_script(const std::string& pdf_dir) {
    return (fs::path(pdf_dir) / "pdf/print-pdf.mjs").string();
}

bool print_pdfs(const std::string& site_dir, const std::string& base_url, const std::vector<PdfJob>& jobs,
                const PdfOptions& options, const std::string& report_as, Diagnostics& diags, PdfStats* stats) {
    if (jobs.empty()) return true;
    SourcePos at{report_as, 1, 1};
    std::string chromium = chromium_path(options);
    std::string hint;
    if (std::string missing = missing_tool(options, chromium, hint); !missing.empty()) {
        diags.error(at, missing, hint);
        return false;
    }
    auto started = std::chrono::steady_clock::now();
    std::vector<std::string> args = {options.node, pdf_script(options.pdf_dir), chromium, site_dir, base_url};
    for (const auto& job : jobs) args.push_back(job.page + '\t' + job.pdf + '\t' + job.footer + '\t' + job.page_number);
    ProgramRun r = run_program(args);
    if (!r.error.empty()) {
        diags.error(at, fmt::format("the report PDFs were not made: Node.js is needed to print them, but {}", r.error),
                    install_hint(options.pdf_dir));
        return false;
    }
    auto reply = nlohmann::json::parse(last_lines(r.output, 1), nullptr, false);
    std::string why;
    if (r.exit_code != 0 || !reply.is_object() || !reply.value("ok", false)) {
        why = reply.is_object() && reply.contains("error") ? reply["error"].get<std::string>()
                                                           : "its last words: " + last_lines(r.output, 3);
    }
    if (why.empty() && make_reproducible(site_dir, jobs, why)) {
        if (stats) {
            stats->files = static_cast<int>(jobs.size());
            stats->chromium = reply.value("chromium", "");
            stats->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        }
        return true;
    }
    remove_pdfs(site_dir, jobs);
    diags.error(at, fmt::format("the report PDFs were not made: {}", why),
                "check Chromium runs ('chromium --headless --version'); the published site was not changed");
    return false;
}

}  // namespace candour
