// Layouts every page needs, partials every template includes, and no
// partial that includes itself.
#include <functional>
#include <set>

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"
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
    std::set<std::string> done;
    std::vector<std::string> stack;
    std::function<void(const TemplateFile&)> visit = [&](const TemplateFile& t) {
        if (done.count(t.name)) return;
        stack.push_back(t.name);
        for (const auto& tag : t.tags) {
            if (tag.kind != '>') continue;
            auto it = set.partials.find(tag.name);
            if (it == set.partials.end()) continue;
            if (std::find(stack.begin(), stack.end(), tag.name) != stack.end()) {
                diags.error(tag.pos, fmt::format("partial '{}' includes itself through '{}'", tag.name, t.name),
                            "remove the include that closes the loop");
                continue;
            }
            visit(it->second);
        }
        stack.pop_back();
        done.insert(t.name);
    };
    for (const auto& [_, t] : set.partials) visit(t);
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
    check_layouts(tree.templates, routes, tree.config, diags);
}

}  // namespace candour
