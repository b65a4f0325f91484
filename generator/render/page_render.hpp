#pragma once
// The last step of render: each page's HTML from the theme, its view model
// and its charts' drawings. Nothing here reads the sources, builds a model or
// draws; the drawings go into the view model before the layout runs.
#include <vector>

#include "io/output_file.hpp"
#include "load/template_set.hpp"
#include "render/page_renderer.hpp"
#include "render/render.hpp"
#include "render/site_charts.hpp"
#include "render/site_model.hpp"

namespace candour {

// One page's HTML from its finished view model (drawings placed), through
// `cache` when there is one.
std::string render_page(PageRenderer& renderer, const std::string& output_path, const std::string& layout,
                        const nlohmann::json& view, PageCache* cache);

// One file a page, as site.pages: the pages rendered in the model stage as
// they are, the others now, each given to `sink`. Each page's view model is consumed as it is
// rendered, so the models and the HTML are never all held at once.
std::vector<OutputFile> render_pages(const TemplateSet& templates, SiteModel& site, const SiteDrawings& drawings,
                                     int jobs = 0, PageCache* cache = nullptr, const PageSink& sink = {});

}  // namespace candour
