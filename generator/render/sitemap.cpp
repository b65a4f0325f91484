#include <fmt/format.h>

#include "io/escape.hpp"
#include "render/render.hpp"

namespace candour {

std::vector<OutputFile> render_sitemap(const SourceTree& tree, const Routes& routes) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& route : routes.pages) {
        if (route.kind == PageKind::not_found) continue;
        xml += "  <url><loc>" + escape_markup(tree.config.base_url + route.url) + "</loc>";
        if (route.file) {
            const auto& fm = route.file->front;
            if (auto last = fm.updated ? fm.updated : fm.date) xml += "<lastmod>" + last->iso() + "</lastmod>";
        }
        xml += "</url>\n";
    }
    xml += "</urlset>\n";
    std::string robots = fmt::format("User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n", tree.config.base_url);
    return {{"sitemap.xml", xml}, {"robots.txt", robots}};
}

}  // namespace candour
