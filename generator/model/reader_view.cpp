#include "model/reader_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "messages/period_words.hpp"
#include "model/accountability_links.hpp"
#include "model/theme_text.hpp"

namespace candour {

using nlohmann::json;

namespace {

std::string link_to_kind(const Routes& routes, const Route& from, PageKind kind, const std::string& base_path) {
    return link_to_generated(routes, from, kind, "", base_path);
}

json release_row(const AnnouncedRelease& r, const Routes& routes, const Route& from, const std::string& base_path,
                 const Messages& m) {
    json row{{"period", period_label(r.period, m)},
             {"period_code", r.period.code()},
             {"when_iso", r.when_iso()},
             {"when_display", release_when_label(r, m)},
             {"provisional", r.provisional()}};
    if (const Route* report = report_page(routes, r.period)) {
        row["report_url"] = link_between(from, *report, base_path);
        row["report_title"] = report->title;
    }
    return row;
}

// Upcoming releases first, soonest first: what most readers come for.
// Past ones after, newest first.
json calendar(const SourceTree& tree, const Routes& routes, const Route& from, const std::string& root,
              const std::string& base_path) {
    json upcoming = json::array();
    json past = json::array();
    for (const auto& r : tree.releases.releases) {
        if (r.is_past(routes.today))
            past.insert(past.begin(), release_row(r, routes, from, base_path, tree.templates.messages));
        else
            upcoming.push_back(release_row(r, routes, from, base_path, tree.templates.messages));
    }
    return {{"upcoming", upcoming},      {"has_upcoming", !upcoming.empty()}, {"past", past},
            {"has_past", !past.empty()}, {"ics_url", root + icalendar_file},  {"feed_url", root + feed_file}};
}

json next_update(const SourceTree& tree, const Routes& routes, const Route& from, const std::string& base_path) {
    json out{{"calendar_url", link_to_kind(routes, from, PageKind::release_calendar, base_path)}};
    const AnnouncedRelease* next = tree.releases.next_after(routes.today);
    out["announced"] = next != nullptr;
    if (next) {
        out["when_iso"] = next->when_iso();
        out["when_display"] = release_when_label(*next, tree.templates.messages);
        out["provisional"] = next->provisional();
    }
    return out;
}

bool is_report_or_indicator(const Route& route) {
    if (route.kind == PageKind::indicator) return true;
    return route.kind == PageKind::page && route.file && route.file->front.period;
}

// A to Z: the letter a title is filed under ("0–9" for digits and signs).
std::string letter_of(const std::string& title) {
    for (char c : title) {
        if (std::isalpha(static_cast<unsigned char>(c))) return std::string(1, static_cast<char>(std::toupper(c)));
        if (std::isdigit(static_cast<unsigned char>(c))) return "0–9";
    }
    return "0–9";
}

std::string sort_key(const std::string& title) {
    std::string key;
    for (char c : title) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// Every page a reader can open, by title, with the section it is in, so
// that pages of the same title can be told apart.
json a_to_z(const Routes& routes, const Route& from, const std::string& base_path, const Messages& m) {
    struct Entry {
        std::string key, title, url, section;
    };
    std::vector<Entry> entries;
    for (const auto& r : routes.pages) {
        if (r.kind == PageKind::not_found || r.kind == PageKind::a_to_z || &r == &routes.home()) continue;
        std::string section = r.parent > 0 ? routes.pages[static_cast<std::size_t>(r.parent)].title : "";
        entries.push_back({sort_key(r.title), r.title, link_between(from, r, base_path), section});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.key, a.url) < std::tie(b.key, b.url); });
    std::map<std::string, json> by_letter;  // "0–9" sorts before the letters
    for (const auto& e : entries) {
        json& list = by_letter[letter_of(e.title)];
        if (list.is_null()) list = json::array();
        json item{{"title", e.title}, {"url", e.url}};
        if (!e.section.empty()) {
            item["section"] = e.section;
            item["in_section"] = m.text("page.a_to_z.in_section", {{"section", e.section}});
        }
        list.push_back(item);
    }
    json letters = json::array();
    for (auto& [letter, list] : by_letter) {
        std::string id = letter == "0–9" ? "numbers" : "letter-" + sort_key(letter);
        letters.push_back({{"letter", letter}, {"id", id}, {"entries", list}});
    }
    std::string count = std::to_string(entries.size());
    return {{"letters", letters},
            {"count", entries.size()},
            {"intro", m.plural("page.a_to_z.intro", static_cast<double>(entries.size()), 0, {{"count", count}})}};
}

}  // namespace

const Route* report_page(const Routes& routes, const Period& period) {
    for (const auto& r : routes.pages) {
        if (r.kind == PageKind::page && r.file && r.file->front.period == period) return &r;
    }
    return nullptr;
}

bool needs_webassembly(const Route& route) {
    return route.kind == PageKind::search;
}

void add_reader_pages(json& page, const SourceTree& tree, const Routes& routes, std::size_t page_index,
                      const std::string& base_path) {
    const Route& route = routes.pages[page_index];
    std::string root = link_between(route, routes.home(), base_path);
    if (root == "./") root = "";
    page["is_release_calendar"] = route.kind == PageKind::release_calendar;
    page["is_a_to_z"] = route.kind == PageKind::a_to_z;
    page["is_search"] = route.kind == PageKind::search;
    // Unless a content/<dir>/_index.md says otherwise, each page says what it is for.
    const Messages& m = tree.templates.messages;
    if (page.value("summary", "").empty()) {
        if (route.kind == PageKind::release_calendar) page["summary"] = m.text("page.release_calendar.summary");
        if (route.kind == PageKind::a_to_z) page["summary"] = m.text("page.a_to_z.summary");
        if (route.kind == PageKind::search) page["summary"] = m.text("page.search.summary");
    }
    if (route.kind == PageKind::release_calendar) page["calendar"] = calendar(tree, routes, route, root, base_path);
    if (route.kind == PageKind::a_to_z) page["a_to_z"] = a_to_z(routes, route, base_path, m);
    if (route.kind == PageKind::search) {
        std::string a_to_z_url = link_to_kind(routes, route, PageKind::a_to_z, base_path);
        std::string a_to_z_link = link_html(a_to_z_url, m.text("theme.footer.a_to_z"));
        page["search"] = {
            {"a_to_z_url", a_to_z_url},
            // The site's root, where the search index (pagefind/) of every language is.
            {"root_url", link_to_root(route, base_path).empty() ? std::string("./") : link_to_root(route, base_path)},
            {"no_script_html", message_html(m, "page.search.no_script", {{"a_to_z", a_to_z_link}})},
            {"also_html", message_html(m, "page.search.also", {{"a_to_z", a_to_z_link}})}};
    }
    if (!tree.releases.empty() && is_report_or_indicator(route)) {
        page["next_update"] = next_update(tree, routes, route, base_path);
    }
}

json reader_links(const SourceTree& tree, const Routes& routes, std::size_t page_index, const std::string& base_path,
                  const std::string& root) {
    const Route& from = routes.pages[page_index];
    json links{{"search_url", link_to_kind(routes, from, PageKind::search, base_path)},
               {"a_to_z_url", link_to_kind(routes, from, PageKind::a_to_z, base_path)},
               {"feed_url", root + feed_file},
               {"has_calendar", !tree.releases.empty()}};
    if (!tree.releases.empty())
        links["calendar_url"] = link_to_kind(routes, from, PageKind::release_calendar, base_path);
    return links;
}

}  // namespace candour
