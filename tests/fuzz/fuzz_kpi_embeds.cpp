// Fuzzes the Markdown extension blocks: a ```kpi block and `kpi ...` spans
// in a page, rendered against a small published data set.
#include "fuzz_site.hpp"
#include "model/routes.hpp"
#include "render/kpi_embeds.hpp"
#include "render/link_resolver.hpp"
#include "render/markdown_document.hpp"

namespace {

const char* catalogue =
    "aims:\n  - id: a\n    title: A\nbreakdowns:\n  - id: sex\n    title: Sex\n    groups: [Female, Male]\n"
    "indicators:\n  - id: charges\n    title: C\n    definition: D\n    unit: count\n    polarity: neutral\n"
    "    aim: a\n    breakdowns: [sex]\n";
const char* figures =
    "indicator,period,breakdown,group,value\ncharges,2024-25 Q1,,,44\ncharges,2024-25 Q2,,,52\n"
    "charges,2024-25 Q2,sex,Female,50\ncharges,2024-25 Q2,sex,Male,2\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    static fuzz::KpiSite site(catalogue, figures);
    Diagnostics diags;
    if (!site.set_page(fuzz::bytes(data, size), diags)) return 0;
    Routes routes = build_routes(site.tree, &site.kpi.catalogue, diags);
    MarkdownDocument doc(site.tree.content[0], false, diags);
    std::map<std::string, const MarkdownDocument*> docs{{"_index.md", &doc}};
    LinkResolver links(routes, "/");
    KpiEmbeds embeds(site.kpi, *site.renderer, [](const std::string& id) { return "indicators/" + id + "/"; });
    std::string html = doc.render_html(routes.home(), links, &embeds, diags);
    links.check_anchors(docs, diags);
    fuzz::check_diagnostics(diags);
    // Male's 2 is hidden, and so is Female's 50 (52 - 50 would give it away).
    // Only figures candour placed count (elements marked data-kpi): the
    // page's own words may say 2, as ``Charges: `2`.`` did (the typed-figure
    // check, not this property, is what stops a hidden figure typed by hand).
    for (const auto& figure : fuzz::placed_figures(html)) {
        if (figure == "2" || figure == "50") fuzz::fail("a hidden figure reached the page", html);
    }
    return 0;
}
