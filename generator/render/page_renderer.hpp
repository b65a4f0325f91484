#pragma once
// Renders view models through the theme's Mustache layouts and partials.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "load/template_set.hpp"

namespace candour {

class PageRenderer {
public:
    // `shared`: the data every page sees besides its own (model/theme_text.hpp,
    // shared_view), made once a build; a page's own keys come first.
    PageRenderer(const TemplateSet& templates, const nlohmann::json& shared);
    ~PageRenderer();
    PageRenderer(const PageRenderer&) = delete;
    PageRenderer& operator=(const PageRenderer&) = delete;

    // Renders `view` with `layout`, then wraps the result in the base layout
    // as `body_html`. Not thread-safe: give each thread its own renderer.
    std::string render(const std::string& layout, const nlohmann::json& view);

    // Renders one partial on its own, for figures placed inside Markdown.
    std::string render_partial(const std::string& partial, const nlohmann::json& view);

    // The theme's words, for sentences made while rendering (kpi embeds).
    const Messages& messages() const { return messages_; }

private:
    struct Compiled;
    std::unique_ptr<Compiled> compiled_;
    const Messages& messages_;
};

}  // namespace candour
