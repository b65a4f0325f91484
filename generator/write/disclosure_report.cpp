#include "write/disclosure_report.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace candour {

namespace {

fs::path folder(const std::string& dir) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(dir), ec);
    if (ec) p = fs::absolute(dir).lexically_normal();
    if (p.filename().empty()) p = p.parent_path();
    return p;
}

// `path` is `dir` or below it (both absolute, without links).
bool is_inside(const fs::path& path, const fs::path& dir) {
    auto [dir_end, path_end] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return dir_end == dir.end();
}

// A catalogue's words in a Markdown table cell.
std::string table_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace

std::string disclosure_report_dir(const std::string& source_dir, const std::string& report_dir) {
    if (!report_dir.empty()) return report_dir;
    return (fs::path(source_dir) / default_report_dir).string();
}

std::string disclosure_report_path(const std::string& report_dir) {
    return (fs::path(report_dir) / disclosure_report_file).string();
}

std::string published_report_reason(const std::string& report_dir, const std::string& output_dir,
                                    const std::string& source_dir) {
    fs::path report = folder(report_dir);
    fs::path out = folder(output_dir);
    if (is_inside(report, out)) return fmt::format("is inside the output folder {}, which is published", output_dir);
    // The output's parent is often the web server's root (/srv/www holding
    // /srv/www/rasso). The site's source folder is the exception: it holds
    // the raw figures, so it is never served, and neither is a report in it
    // (~/rasso/reports beside an output ~/rasso-site).
    fs::path parent = out.parent_path();
    if (!is_inside(report, folder(source_dir)) && is_inside(report, parent)) {
        return fmt::format(
            "is inside {}, the folder that holds the output folder {}, which may be a web server's "
            "root",
            parent.string(), output_dir);
    }
    return "";
}

std::string render_disclosure_report(const DisclosureLog& log) {
    int secondary = 0;
    for (const auto& s : log.suppressions) secondary += s.secondary ? 1 : 0;
    std::string out = "# Disclosure report\n\n";
    out +=
        "Not published. This report lists every figure hidden by disclosure control and every privacy approval, "
        "with the reason. It never shows a hidden value.\n\n";
    out += fmt::format("Rules: {}.\n\n", log.method);
    out += "## Indicators with their own rule\n\n";
    if (log.own_rules.empty())
        out += "None: every indicator follows the rules above.\n\n";
    else
        out += "| Indicator | Rule | Reason |\n|---|---|---|\n";
    for (const auto& r : log.own_rules)
        out += fmt::format("| {} | {} | {} |\n", r.indicator, r.rule, table_text(r.reason));
    if (!log.own_rules.empty()) out += "\n";
    out += fmt::format("Hidden figures: {} ({} primary, {} secondary). Privacy approvals: {}.\n\n",
                       log.suppressions.size(), log.suppressions.size() - static_cast<std::size_t>(secondary),
                       secondary, log.approvals.size());
    out +=
        "## Hidden figures\n\n| Indicator | Period | Breakdown | Group | Measure | Kind | Reason "
        "|\n|---|---|---|---|---|---|---|\n";
    for (const auto& s : log.suppressions) {
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", s.indicator, s.period.code(), s.breakdown, s.group,
                           s.measure, s.secondary ? "secondary" : "primary", s.reason);
    }
    out += "\n## What a reader can work out\n\n";
    out += fmt::format(
        "The audit attacked the published downloads together with the relations in data/disclosure.json. "
        "Each hidden figure below can be anything from the lowest to the highest value a reader can "
        "work out; each range is at least the protection width wide.\n\n");
    out += "| Figure | Lowest | Highest |\n|---|---|---|\n";
    for (const auto& v : log.attacker_view) {
        out += fmt::format("| {} | {} | {} |\n", v.figure, v.low,
                           std::isfinite(v.high) ? fmt::format("{}", v.high) : std::string("no limit"));
    }
    if (log.attacker_view.empty()) out += "| none hidden | | |\n";
    out += "\n## Privacy approvals\n\n";
    if (log.approvals.empty()) out += "None.\n";
    for (const auto& a : log.approvals) out += "- " + a + "\n";
    return out;
}

void write_disclosure_report(const DisclosureLog& log, const std::string& path, Diagnostics& diags) {
    std::error_code made;
    fs::create_directories(fs::path(path).parent_path(), made);
    std::string staging = path + fmt::format(".new-{}", ::getpid());
    {
        std::ofstream out(staging, std::ios::binary | std::ios::trunc);
        out << render_disclosure_report(log);
        if (!out.flush()) {
            diags.warning({path, 1, 1}, "could not write the disclosure report", "check you can write to that folder");
            return;
        }
    }
    std::error_code ec;
    fs::rename(staging, path, ec);
    if (ec) diags.warning({path, 1, 1}, "could not write the disclosure report: " + ec.message(), "");
}

}  // namespace candour
