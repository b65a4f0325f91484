#include "serve/preview_router.hpp"

#include "serve/content_type.hpp"
#include "serve/live_reload.hpp"
#include "serve/request_path.hpp"

namespace candour {

namespace {

constexpr const char* html_type = "text/html; charset=utf-8";
constexpr const char* text_type = "text/plain; charset=utf-8";

bool starts_with(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

PreviewResponse text(int status, std::string body) {
    return {status, text_type, std::move(body), {}};
}

PreviewResponse redirect(std::string to) {
    return {302, text_type, "Moved to " + to + "\n", std::move(to)};
}

PreviewResponse file(const std::string& path, const std::string& bytes, int status = 200) {
    std::string type = content_type_of(path);
    // Only HTML gets the script: the published bytes of everything else are served unchanged.
    if (ends_with(path, ".html")) return {status, type, with_reload_script(bytes), {}};
    return {status, type, bytes, {}};
}

PreviewResponse preview_file(const PreviewState& state, const std::string& path) {
    if (path == reload_script_path) return {200, "text/javascript; charset=utf-8", reload_script(), {}};
    if (path == overlay_css_path) return {200, "text/css; charset=utf-8", overlay_css(), {}};
    if (path == status_path) return {200, "application/json", state.status_json(), {}};
    return text(404, "Not found\n");
}

// The site's own 404 page, with status 404, as a web server would send it.
PreviewResponse not_found(const SiteSnapshot& site) {
    auto it = site.files.find("404.html");
    if (it == site.files.end()) return text(404, "Not found\n");
    return file(it->first, it->second, 404);
}

PreviewResponse site_file(const SiteSnapshot& site, const std::string& path) {
    const std::string& base = site.base_path;
    if (!starts_with(path, base)) {
        // "/" and "/rasso" lead to the site's home under its base path.
        if (path == "/" || path + "/" == base) return redirect(base);
        return not_found(site);
    }
    std::string rel = path.substr(base.size());
    if (rel.empty() || ends_with(rel, "/")) rel += "index.html";
    if (auto it = site.files.find(rel); it != site.files.end()) return file(rel, it->second);
    // A folder asked for without its slash: the page's relative links need the slash.
    if (site.files.count(rel + "/index.html")) return redirect(path + "/");
    return not_found(site);
}

}  // namespace

PreviewResponse respond(const PreviewState& state, const std::string& path) {
    if (!is_safe_request_path(path)) return text(400, "Bad request\n");
    if (starts_with(path, preview_prefix)) return preview_file(state, path);
    auto site = state.site();
    if (!site) return {503, html_type, waiting_page(), {}};
    return site_file(*site, path);
}

}  // namespace candour
