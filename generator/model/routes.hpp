#pragma once
// Which pages the site has, where each is published, and how they nest.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/catalogue.hpp"
#include "load/load.hpp"

namespace candour {

enum class PageKind {
    home,
    section,
    page,
    not_found,
    indicator,
    indicator_index,
    // generated from data/findings, data/trackers and data/action-plans
    findings_index,
    findings_theme,
    tracker_index,
    tracker,
    recommendation,
    action_plan_index,
    action_plan,
    // ways in for readers: data/releases.yaml's calendar, every page A to Z, search
    release_calendar,
    a_to_z,
    search,
    // every figure revised since the oldest release still online (releases/)
    revisions
};

// Whether `candour build` publishes a page. `candour serve` shows the others
// too, each with a banner, so editors can read them as the public will.
enum class Publication { published, draft, scheduled };

struct Route {
    PageKind kind = PageKind::page;
    const ContentFile* file = nullptr;  // null for generated section pages and the 404 page
    std::string title;
    std::string url;          // relative to the site root: "" for home, "reports/2024-25-q2/"
    std::string output_path;  // "reports/2024-25-q2/index.html"
    std::string layout;       // layout name, without folder or extension
    SourcePos layout_pos;     // where the layout was chosen, for "no such layout"
    int parent = -1;
    std::vector<int> children;  // sorted by weight, then newest first, then title
    int depth = 0;              // folders below the root; the 404 page uses root-absolute links
    std::string indicator;      // for indicator pages: the indicator's id
    // Anything but `published` only in a preview: `build` gives such pages no route.
    Publication publication = Publication::published;
    // Set only while `candour release` freezes this page: the release date
    // its notice gives (the page is then kept as it is, for good).
    std::optional<Date> frozen_on;
    std::string subject;  // for findings, tracker and plan pages: what the page is about
    // The same page in the site's other languages: (language, its route's url).
    std::vector<std::pair<std::string, std::string>> translations;
};

struct Routes {
    std::vector<Route> pages;                    // home first, then by URL
    std::map<std::string, int> by_content_path;  // "reports/x.md" -> index into pages
    std::set<std::string> draft_paths;           // content paths never published
    std::map<std::string, int> by_indicator;     // indicator id -> its page
    // (kind, subject) -> the first such page: every page links to several
    // generated pages, and a scan of all routes for each made building the
    // pages' models quadratic in their number.
    std::map<std::pair<PageKind, std::string>, int> by_kind_and_subject;
    // Content paths dated after today, not published yet (both left empty in a preview).
    std::map<std::string, Date> scheduled_paths;
    // The day the site is built for: what is scheduled, and which releases
    // in the calendar are past, are judged against it.
    Date today;
    // For a language other than the default: the default language's pages,
    // which a link to a page not translated reaches instead.
    const Routes* fallback = nullptr;
    // The folder this language's pages are in ("" or "cy/").
    std::string folder;

    const Route& home() const { return pages.front(); }
    const Route* find(const std::string& content_path) const;
    const Route* indicator_page(const std::string& id) const;
};

struct RouteOptions {
    bool preview = false;       // `candour serve`: drafts and scheduled pages get routes too
    std::optional<Date> today;  // for tests; empty: today's date where candour runs
    bool revisions = false;     // releases are online (releases/): a page lists every revision
    // A language other than the site's default (site.yaml `languages`): its
    // pages are published in this folder ("cy/"), only the pages translated
    // into it are built, and a generated page only in a section translated
    // (its content/<section>/_index.<language>.md); no 404 page.
    std::string folder;
};

// `catalogue` (when the site has KPI data) adds an index of indicators at
// /indicators/ and one page per indicator.
Routes build_routes(const SourceTree& tree, const Catalogue* catalogue, Diagnostics& diags,
                    const RouteOptions& options = {});

inline constexpr const char* indicators_dir = "indicators";

// The web address of `to` as written in a page published at `from`: relative,
// so the site works in any folder. The 404 page is served at any depth, so its
// links start from the base URL's path instead.
std::string link_between(const Route& from, const Route& to, const std::string& base_path);
// The same to an address relative to the site's root ("cy/indicators/").
std::string link_to_url(const Route& from, const std::string& url, const std::string& base_path);
// The site's root (where assets/ and downloads/ are) from `from`.
std::string link_to_root(const Route& from, const std::string& base_path);

// Pairs each page with its translations: a page at "x/" and one at "cy/x/"
// are the same page (Route::translations), in both directions. A page in
// `frozen` (output paths of releases kept byte for byte) can never link to
// a translation, so it is paired with none and none links to it as one.
void pair_translations(std::vector<Routes*> languages, const std::vector<std::string>& tags,
                       const std::set<std::string>& frozen = {});

// "/rasso/" for "https://example.org/rasso/".
std::string path_of_base_url(const std::string& base_url);

// Lowercase letters, digits and hyphens, for URLs and heading ids.
std::string slugify(std::string_view text);

}  // namespace candour
