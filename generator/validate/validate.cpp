#include "validate/validate.hpp"

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"

namespace candour {

void validate_templates(const SourceTree& tree, const Routes& routes, Diagnostics& diags);
void validate_release_dates(const SourceTree& tree, Diagnostics& diags);

namespace {

bool is_external(const std::string& url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
}

const char* why_not_routed(const Routes& routes, const std::string& target) {
    if (routes.draft_paths.count(target)) return "is a draft, so it is not published";
    if (routes.scheduled_paths.count(target)) return "is dated after today, so it is not published yet";
    return "is not a page in content/";
}

void validate_navigation(const SourceTree& tree, const Routes& routes, Diagnostics& diags) {
    std::vector<std::string> pages;
    for (const auto& [path, _] : routes.by_content_path) pages.push_back(path);
    for (const auto& item : tree.config.navigation) {
        if (is_external(item.target)) continue;
        if (const Route* target = routes.find(item.target)) {
            // Only a preview routes unpublished pages: warn now what `build` will refuse.
            if (target->publication != Publication::published) {
                diags.warning(item.pos,
                              fmt::format("navigation links to '{}', which is not published yet", item.target),
                              "'candour build' will report this as an error until that page is published");
            }
            continue;
        }
        diags.error(
            item.pos,
            fmt::format("navigation links to '{}', which {}", item.target, why_not_routed(routes, item.target)),
            did_you_mean(item.target, pages, "write the page's path inside content/, for example 'reports/_index.md'"));
    }
}

// A report page's period must have figures, or its headline table is empty.
void validate_report_periods(const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags) {
    if (!kpi.complete) return;  // figures are missing because of errors in the KPI files, reported there
    for (const auto& route : routes.pages) {
        if (!route.file || !route.file->front.period) continue;
        const Period& p = *route.file->front.period;
        if (std::find(kpi.periods.begin(), kpi.periods.end(), p) != kpi.periods.end()) continue;
        std::vector<std::string> codes;
        for (const auto& have : kpi.periods) codes.push_back(have.code());
        diags.error(route.file->front.period_pos, fmt::format("there are no KPI figures for {}", p.code()),
                    codes.empty() ? std::string("add KPI tables under data/kpi/, or remove 'period'")
                                  : "periods with figures: " + fmt::format("{}", fmt::join(codes, ", ")));
    }
}

}  // namespace

void validate(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, Diagnostics& diags) {
    validate_templates(tree, routes, diags);
    validate_navigation(tree, routes, diags);
    validate_report_periods(routes, kpi, diags);
    validate_release_dates(tree, diags);
}

}  // namespace candour
