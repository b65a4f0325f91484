#include <fmt/format.h>

#include <algorithm>

#include "io/escape.hpp"
#include "render/render.hpp"

namespace candour {

namespace {

// A page with translations lists every language's address, its own too
// (Google's "xhtml:link" alternates).
std::string alternates(const std::string& base_url, const std::string& language, const Route& route) {
    if (route.translations.empty()) return {};
    std::vector<std::pair<std::string, std::string>> all = route.translations;
    all.emplace_back(language, route.url);
    std::sort(all.begin(), all.end());
    std::string out;
    for (const auto& [lang, url] : all) {
        out += "<xhtml:link rel=\"alternate\" hreflang=\"" + escape_markup(lang) + "\" href=\"" +
               escape_markup(base_url + url) + "\"/>";
    }
    return out;
}

}  // namespace

std::vector<OutputFile> render_sitemap(const SourceTree& tree, const Routes& routes,
                                       const std::vector<const Routes*>& other_languages) {
    std::vector<const Routes*> languages{&routes};
    languages.insert(languages.end(), other_languages.begin(), other_languages.end());
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += other_languages.empty() ? "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                                   : "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                                     "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    for (std::size_t l = 0; l < languages.size(); ++l) {
        const std::string& language = tree.config.languages.at(l);
        for (const auto& route : languages[l]->pages) {
            if (route.kind == PageKind::not_found) continue;
            xml += "  <url><loc>" + escape_markup(tree.config.base_url + route.url) + "</loc>";
            if (route.file) {
                const auto& fm = route.file->front;
                if (auto last = fm.updated ? fm.updated : fm.date) xml += "<lastmod>" + last->iso() + "</lastmod>";
            }
            xml += alternates(tree.config.base_url, language, route);
            xml += "</url>\n";
        }
    }
    xml += "</urlset>\n";
    std::string robots = fmt::format("User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n", tree.config.base_url);
    return {{"sitemap.xml", xml}, {"robots.txt", robots}};
}

}  // namespace candour
