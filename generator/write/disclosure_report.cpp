#include "write/disclosure_report.hpp"

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace candour {

std::string disclosure_report_path(const std::string& output_dir) {
    fs::path out = fs::absolute(output_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    return (out.parent_path() / (out.filename().string() + "-disclosure-report.md")).string();
}

std::string render_disclosure_report(const DisclosureLog& log) {
    int secondary = 0;
    for (const auto& s : log.suppressions) secondary += s.secondary ? 1 : 0;
    std::string out = "# Disclosure report\n\n";
    out += "Not published. This report lists every figure hidden by disclosure control and every privacy approval, "
           "with the reason. It never shows a hidden value.\n\n";
    out += fmt::format("Rules: {}.\n\n", log.method);
    out += fmt::format("Hidden figures: {} ({} primary, {} secondary). Privacy approvals: {}.\n\n",
                       log.suppressions.size(), log.suppressions.size() - static_cast<std::size_t>(secondary), secondary,
                       log.approvals.size());
    out += "## Hidden figures\n\n| Indicator | Period | Breakdown | Group | Measure | Kind | Reason |\n|---|---|---|---|---|---|---|\n";
    for (const auto& s : log.suppressions) {
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", s.indicator, s.period.code(), s.breakdown, s.group,
                           s.measure, s.secondary ? "secondary" : "primary", s.reason);
    }
    out += "\n## What a reader can work out\n\n";
    out += fmt::format("The audit attacked the published downloads together with the relations in data/disclosure.json. "
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
