#include "support/chart_site.hpp"

#include "support/chart_kpi.hpp"

namespace candour::testing {

Files chart_site(const std::string& report_body) {
    Files files = minimal_site();
    files["data/kpi/catalogue.yaml"] = chart_catalogue_yaml;
    files["data/kpi/figures.csv"] = chart_figures_csv;
    if (!report_body.empty()) files["content/reports/r.md"] = "---\ntitle: Report\n---\n" + report_body;
    return files;
}

}  // namespace candour::testing
