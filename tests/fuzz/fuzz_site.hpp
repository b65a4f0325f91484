#pragma once
// A small site with KPI data for the targets that fuzz a page: everything but
// the page is the same for every input, so it is loaded and disclosed once,
// and each run parses and renders one page and nothing else.
#include <memory>
#include <optional>
#include <string>

#include "disclose/disclose.hpp"
#include "fuzz_support.hpp"
#include "load/front_matter.hpp"
#include "load/load.hpp"
#include "model/theme_text.hpp"
#include "render/page_renderer.hpp"

namespace candour::fuzz {

struct KpiSite {
    SourceTree tree;
    PublishedKpi kpi;
    std::unique_ptr<PageRenderer> renderer;

    KpiSite(const char* catalogue, const char* figures) {
        MemoryFileSystem fs;
        fs.put("site.yaml", "title: T\norganisation: O\nbase_url: https://example.org/\n");
        fs.put("data/kpi/catalogue.yaml", catalogue);
        fs.put("data/kpi/figures.csv", figures);
        Diagnostics diags;
        tree = load(fs, CANDOUR_BUILD_DATA_DIR "/themes", diags);
        DisclosureLog log;
        kpi = load_and_disclose(fs, tree.config, diags, log);
        if (diags.has_errors()) fail("the fixed site does not build");
        renderer = std::make_unique<PageRenderer>(tree.templates, shared_view(tree.templates.messages, tree.config));
    }

    // Makes `body` the site's one page (the home page), as the loader would
    // read it; false when the loader would stop there.
    bool set_page(const std::string& body, Diagnostics& diags) {
        auto text = as_source_text("content/_index.md", "---\ntitle: Home\n---\n" + body);
        if (!text) return false;
        auto page = parse_content_file("content/_index.md", *text, diags);
        if (!page) return false;
        tree.content = {*page};
        return true;
    }
};

}  // namespace candour::fuzz
