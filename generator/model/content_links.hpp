#pragma once
// How a link an editor writes names a file of the site. In a page it is
// relative to the page's own file ("../about/methodology.md"). In a data
// file (findings, trackers, action plans) it is relative to content/, as if
// written in a page at the top of content/ ("about/methodology.md"; a
// leading '/' means the same), because the same text is shown on pages at
// different depths.
#include <optional>
#include <string>

#include "markdown/markdown_fragment.hpp"
#include "model/routes.hpp"

namespace candour {

// Joins a relative link onto the folder of a content path, resolving "." and
// "..". Returns nothing if it climbs above content/.
std::optional<std::string> join_content_path(const std::string& from_content_path, const std::string& relative);

// "https:", "mailto:", "javascript:"...: an address with a scheme (RFC 3986).
bool has_scheme(const std::string& url);

struct DataLink {
    enum class Kind {
        other_site,  // a scheme or "//": left as written
        same_page,   // "#heading": a data file's text has no page of its own
        climbs_out,  // "../x.md": above content/
        page,        // a .md file under content/
        file,        // anything else under content/ (a download, an image)
    };
    Kind kind = Kind::other_site;
    std::string path;      // under content/, without a leading '/'
    std::string fragment;  // after '#', without it
};

DataLink read_data_link(const std::string& url);

// The address to write for `url`, from a data file, on the page at `from`:
// a page's .md file becomes that page's address and a file the path to it,
// both relative to `from`. Anything else, or a page that does not exist
// (reported by render), is left as written.
std::string data_link_href(const Routes& routes, const Route& from, const std::string& url,
                           const std::string& base_path);

// data_link_href for each link of a data file's Markdown shown at `from`.
inline UrlRewrite data_links(const Routes& routes, const Route& from, const std::string& base_path) {
    return [&routes, &from, base_path](const std::string& url) { return data_link_href(routes, from, url, base_path); };
}

}  // namespace candour
