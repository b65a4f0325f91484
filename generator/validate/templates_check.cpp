// Layouts every page needs, a base layout that places the page, partials
// every template includes, and no partial that includes itself.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "diagnostics/suggest.hpp"
#include "load/partial_cycles.hpp"
#include "validate/validate.hpp"

namespace candour {

namespace {

std::vector<std::string> names_of(const std::map<std::string, TemplateFile>& templates) {
    std::vector<std::string> names;
    for (const auto& [name, _] : templates) names.push_back(name);
    return names;
}

void check_partial_references(const TemplateSet& set, Diagnostics& diags) {
    auto partials = names_of(set.partials);
    auto check = [&](const TemplateFile& t) {
        for (const auto& tag : t.tags) {
            if (tag.kind != '>' || set.partials.count(tag.name)) continue;
            diags.error(tag.pos, fmt::format("no partial called '{}'", tag.name),
                        did_you_mean(tag.name, partials,
                                     fmt::format("create partials/{}.mustache in the theme or in {}/partials/",
                                                 tag.name, template_overrides_dir)));
        }
    };
    for (const auto& [_, t] : set.layouts) check(t);
    for (const auto& [_, t] : set.partials) check(t);
}

void check_partial_cycles(const TemplateSet& set, Diagnostics& diags) {
    for (const auto& cycle : partial_cycles(set)) {
        std::string message = cycle.chain.size() == 2 ? fmt::format("partial '{}' includes itself", cycle.chain.front())
                                                      : fmt::format("partials include each other in a loop: {}",
                                                                    fmt::join(cycle.chain, " → "));
        diags.error(cycle.pos, message,
                    "remove the include that closes the loop: a partial cannot include itself, "
                    "directly or through other partials");
    }
}

// The base layout wraps every page; without `{{{body_html}}}` every page
// would be published without its content.
void check_base_places_pages(const TemplateSet& set, Diagnostics& diags) {
    auto base = set.layouts.find("base");
    if (base == set.layouts.end()) return;  // reported by check_layouts
    const auto& tags = base->second.tags;
    bool places = std::any_of(tags.begin(), tags.end(),
                              [](const TemplateTag& t) { return t.kind == '&' && t.name == "body_html"; });
    if (places) return;
    diags.error({base->second.display_path, 1, 1},
                base->second.source.find_first_not_of(" \t\r\n") == std::string::npos
                    ? "the base layout is empty, so every page would be blank"
                    : "the base layout never places the page's content, so every page would be blank",
                "put '{{{body_html}}}' where each page's content goes, inside <main>");
}

// An empty layout is a file saved by mistake; every page using it would be blank.
void check_empty_layouts(const TemplateSet& set, Diagnostics& diags) {
    for (const auto& [name, t] : set.layouts) {
        if (name == "base" || t.source.find_first_not_of(" \t\r\n") != std::string::npos) continue;
        diags.error({t.display_path, 1, 1},
                    fmt::format("the layout '{}' is empty, so every page using it would be blank", name),
                    "restore its content, or delete the file to use the theme's own layout");
    }
}

void check_layouts(const TemplateSet& set, const Routes& routes, const SiteConfig& config, Diagnostics& diags) {
    // With no layouts at all the theme itself is missing, which load reported.
    if (set.layouts.empty()) return;
    auto layouts = names_of(set.layouts);
    if (!set.layouts.count("base")) {
        diags.error(config.theme_pos, "the theme has no 'base' layout, which wraps every page",
                    "add layouts/base.mustache to the theme or to " + std::string(template_overrides_dir));
    }
    std::set<std::string> reported;
    for (const auto& route : routes.pages) {
        if (set.layouts.count(route.layout)) continue;
        bool chosen_by_page = route.file && !route.file->front.layout.empty();
        if (!chosen_by_page && !reported.insert(route.layout).second) continue;
        diags.error(route.layout_pos, fmt::format("no layout called '{}'", route.layout),
                    did_you_mean(route.layout, layouts,
                                 "use one of the theme's layouts (" + fmt::format("{}", fmt::join(layouts, ", ")) +
                                     ") or add layouts/" + route.layout + ".mustache"));
    }
}

}  // namespace

void validate_templates(const SourceTree& tree, const Routes& routes, Diagnostics& diags) {
    check_partial_references(tree.templates, diags);
    check_partial_cycles(tree.templates, diags);
    check_base_places_pages(tree.templates, diags);
    check_empty_layouts(tree.templates, diags);
    check_layouts(tree.templates, routes, tree.config, diags);
}

}  // namespace candour
