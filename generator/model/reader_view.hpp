#pragma once
// The view models of the release calendar, the A to Z and the search page,
// the "Next update" line of report and indicator pages, and the links to
// them that every page carries.
#include <nlohmann/json.hpp>
#include <string>

#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

inline constexpr const char* feed_file = "feed.xml";
inline constexpr const char* icalendar_file = "releases.ics";
inline constexpr const char* search_index_dir = "pagefind";

// The published quarterly report for `period`: a page whose front matter
// gives that period. Null when there is none (yet).
const Route* report_page(const Routes& routes, const Period& period);

// Adds page.calendar, page.a_to_z, page.search or page.next_update to the
// pages that have them.
void add_reader_pages(nlohmann::json& page, const SourceTree& tree, const Routes& routes, std::size_t page_index,
                      const std::string& base_path);

// Links in every page's footer and head: search, the A to Z, the release
// calendar and the Atom feed of releases. `root` leads to the site's root.
nlohmann::json reader_links(const SourceTree& tree, const Routes& routes, std::size_t page_index,
                            const std::string& base_path, const std::string& root);

// The search page runs the search index's WebAssembly, which its CSP must
// allow ('wasm-unsafe-eval', never 'unsafe-inline' or 'unsafe-eval').
bool needs_webassembly(const Route& route);

}  // namespace candour
