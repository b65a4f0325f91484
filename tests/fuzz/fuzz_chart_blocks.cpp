// Fuzzes ```chart blocks (and the ```kpi blocks and `kpi ...` spans they sit
// among) in a page, rendered against a small published data set: every field,
// type, breakdown, period and target a careless editor might write.
#include <sstream>

#include "charts/page_charts.hpp"
#include "fuzz_site.hpp"
#include "model/routes.hpp"
#include "render/chart_embeds.hpp"
#include "render/link_resolver.hpp"
#include "render/markdown_document.hpp"
#include "render/page_renderer.hpp"

namespace {

const char* catalogue =
    "aims:\n  - id: a\n    title: A\nbreakdowns:\n  - id: sex\n    title: Sex\n    groups: [Female, Male]\n"
    "indicators:\n  - id: charges\n    title: C\n    definition: D\n    unit: count\n    polarity: neutral\n"
    "    aim: a\n    breakdowns: [sex]\n"
    "  - id: rate\n    title: R\n    definition: D\n    unit: percentage\n    polarity: neutral\n    aim: a\n"
    "    breakdowns: [sex]\n"
    "  - id: referrals\n    title: No figures yet\n    definition: D\n    unit: count\n    polarity: neutral\n"
    "    aim: a\n";
const char* figures =
    "indicator,period,breakdown,group,value,numerator,denominator\ncharges,2024-25 Q1,,,44,,\n"
    "charges,2024-25 Q2,,,52,,\ncharges,2024-25 Q2,sex,Female,50,,\ncharges,2024-25 Q2,sex,Male,2,,\n"
    "rate,2024-25 Q2,,,,52,371\nrate,2024-25 Q2,sex,Female,,50,300\nrate,2024-25 Q2,sex,Male,,2,71\n";

// Male's 2 (and his rate, 2.8%) is hidden, and so is Female's 50 (52 - 50
// would give it away).
bool is_hidden_figure(const std::string& text) {
    return text == "2" || text == "50" || text == "2.8%";
}

bool shows_hidden_count(const std::string& csv) {
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);) {
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) {
            if (is_hidden_figure(cell)) return true;
        }
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    static fuzz::KpiSite fixture(catalogue, figures);
    Diagnostics diags;
    if (!fixture.set_page(fuzz::bytes(data, size), diags)) return 0;
    Routes routes = build_routes(fixture.tree, &fixture.kpi.catalogue, diags);
    MarkdownDocument doc(fixture.tree.content[0], false, diags);
    std::map<std::string, const MarkdownDocument*> docs{{"_index.md", &doc}};
    LinkResolver links(routes, "/");
    KpiEmbeds figures_embeds(fixture.kpi, *fixture.renderer,
                             [](const std::string& id) { return "indicators/" + id + "/"; });
    PageCharts page_charts("", fixture.renderer->messages());
    ChartEmbeds charts(figures_embeds, fixture.kpi, ChartPage{page_charts});
    std::string html = doc.render_html(routes.home(), links, &charts, diags);
    links.check_anchors(docs, diags);
    // Each chart's partial (its data table too), as render places it.
    for (const auto& view : charts.take_charts()) html += fixture.renderer->render_partial("kpi-chart", view);
    fuzz::check_diagnostics(diags);
    for (const auto& figure : fuzz::placed_figures(html)) {
        if (is_hidden_figure(figure)) fuzz::fail("a hidden figure reached the page", html);
    }
    for (const auto& file : page_charts.take_downloads()) {
        const std::string& path = file.path;
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0 && shows_hidden_count(file.bytes)) {
            fuzz::fail("a hidden figure reached a chart's data download", path);
        }
    }
    return 0;
}
