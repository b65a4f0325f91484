#include "model/view_model.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "io/escape.hpp"
#include "messages/period_words.hpp"
#include "model/accountability_view.hpp"
#include "model/chart_view.hpp"
#include "model/kpi_view.hpp"
#include "model/reader_pages.hpp"
#include "model/reader_view.hpp"
#include "model/report_pdf.hpp"
#include "model/theme_text.hpp"

namespace candour {

using nlohmann::json;

namespace {

bool is_external(const std::string& url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

std::string phone_href(const std::string& phone) {
    std::string digits;
    for (char c : phone) {
        if ((c >= '0' && c <= '9') || c == '+') digits += c;
    }
    return "tel:" + digits;
}

// Is `page` the navigation target or inside it?
bool is_within(const Routes& routes, std::size_t page, int target) {
    for (int i = static_cast<int>(page); i >= 0; i = routes.pages[static_cast<std::size_t>(i)].parent) {
        if (i == target) return true;
        if (i == 0) break;
    }
    return false;
}

json navigation(const SourceTree& tree, const Routes& routes, std::size_t page_index, const std::string& base_path) {
    json items = json::array();
    const Route& from = routes.pages[page_index];
    for (const auto& item : tree.config.navigation) {
        json entry{{"title", item.title}, {"current", false}, {"current_section", false}};
        if (is_external(item.target)) {
            entry["url"] = item.target;
        } else {
            auto it = routes.by_content_path.find(item.target);
            if (it == routes.by_content_path.end()) {
                // Not translated: the page in the default language.
                if (const Route* other = routes.find(item.target))
                    items.push_back(json{{"title", item.title},
                                         {"current", false},
                                         {"current_section", false},
                                         {"url", link_between(from, *other, base_path)}});
                continue;  // no page at all: reported by validate
            }
            entry["url"] = link_between(from, routes.pages[static_cast<std::size_t>(it->second)], base_path);
            bool exact = static_cast<std::size_t>(it->second) == page_index;
            entry["current"] = exact;
            // Home contains everything, so it is only ever current exactly.
            entry["current_section"] = !exact && it->second != 0 && is_within(routes, page_index, it->second);
        }
        items.push_back(entry);
    }
    return items;
}

json breadcrumbs(const Routes& routes, std::size_t page_index, const std::string& base_path, const Messages& m) {
    std::vector<int> chain;
    for (int i = routes.pages[page_index].parent; i >= 0; i = routes.pages[static_cast<std::size_t>(i)].parent) {
        chain.push_back(i);
        if (i == 0) break;
    }
    std::reverse(chain.begin(), chain.end());
    json crumbs = json::array();
    const Route& from = routes.pages[page_index];
    for (int i : chain) {
        const Route& r = routes.pages[static_cast<std::size_t>(i)];
        crumbs.push_back(
            {{"title", i == 0 ? m.text("page.home.breadcrumb") : r.title}, {"url", link_between(from, r, base_path)}});
    }
    return crumbs;
}

void add_dates(json& out, const ContentFile* file, const Messages& messages) {
    if (!file) return;
    if (file->front.date) {
        out["date_iso"] = file->front.date->iso();
        out["date_display"] = date_label(*file->front.date, messages);
    }
    if (file->front.updated) {
        out["updated_iso"] = file->front.updated->iso();
        out["updated_display"] = date_label(*file->front.updated, messages);
    }
}

json children(const SourceTree& tree, const Routes& routes, std::size_t page_index, const std::string& base_path) {
    const SiteConfig& config = tree.config;
    json list = json::array();
    const Route& from = routes.pages[page_index];
    for (int i : from.children) {
        const Route& child = routes.pages[static_cast<std::size_t>(i)];
        json entry{{"title", child.title}, {"url", link_between(from, child, base_path)}};
        if (child.file && !child.file->front.summary.empty()) entry["summary"] = child.file->front.summary;
        // false rather than absent: a missing key leaves a blank line in the page.
        entry["pdf_url"] = has_report_pdf(config, child)
                               ? json(entry["url"].get<std::string>() + report_pdf_name(child))
                               : json(false);
        if (entry["pdf_url"].is_string())
            entry["pdf_of"] = tree.templates.messages.text("page.children.pdf_of", {{"title", child.title}});
        add_dates(entry, child.file, tree.templates.messages);
        list.push_back(entry);
    }
    return list;
}

// Only `candour serve` routes unpublished pages; the banner says why the
// public cannot see the page yet. Published pages get no banner keys at all.
void add_preview_banner(json& page, const Route& route, const Messages& m) {
    page["is_draft"] = route.publication == Publication::draft;
    page["is_scheduled"] = route.publication == Publication::scheduled;
    if (route.publication == Publication::draft) {
        page["preview_banner"] = m.text("page.draft.banner");
        page["preview_banner_detail"] = m.text("page.draft.detail");
    } else if (route.publication == Publication::scheduled) {
        page["preview_banner"] = m.text("page.scheduled.banner");
        page["preview_banner_detail"] = m.text("page.scheduled.detail", {{"date", route.file->front.date->display()}});
    }
}

// The 404 page's sentences that hold links, from its own place in the site.
json not_found(const SourceTree& tree, const json& links, const std::string& home_url) {
    const Messages& m = tree.templates.messages;
    std::string a_to_z = link_html(links["a_to_z_url"].get<std::string>(), m.text("theme.footer.a_to_z"));
    json out{{"elsewhere_html", message_html(m, "page.not_found.elsewhere",
                                             {{"home", link_html(home_url, m.text("page.not_found.home_link"))},
                                              {"search", link_html(links["search_url"].get<std::string>(),
                                                                   m.text("page.not_found.search_link"))},
                                              {"a_to_z", a_to_z}})}};
    const std::string& email = tree.config.contact.email;
    if (!email.empty())
        out["email_html"] = message_html(m, "page.not_found.email", {{"email", link_html("mailto:" + email, email)}});
    return out;
}

// A page frozen by `candour release` says so, and where later and revised
// figures are: its bytes never change again, so it cannot say whether they exist.
void add_release_notice(json& page, const SourceTree& tree, const Routes& routes, const Route& route,
                        const std::string& base_path) {
    if (!route.frozen_on) return;
    const Messages& m = tree.templates.messages;
    json notice{{"date", date_label(*route.frozen_on, m)}, {"date_iso", route.frozen_on->iso()}};
    for (const auto& r : routes.pages) {
        if (r.url == routes.folder + "indicators/") notice["indicators_url"] = link_between(route, r, base_path);
    }
    // Every site with a release has the revisions page from then on, even
    // though the first release is frozen before it exists.
    notice["revisions_url"] = link_to_root(route, base_path) + revisions_url_dir + "/";
    // The notice's two sentences, with the date and the links in them.
    std::string date = "<time datetime=\"" + escape_markup(notice["date_iso"].get<std::string>()) + "\">" +
                       escape_markup(notice["date"].get<std::string>()) + "</time>";
    std::string indicator_pages = m.text("page.release_notice.indicator_pages");
    std::string indicators = notice.contains("indicators_url")
                                 ? link_html(notice["indicators_url"].get<std::string>(), indicator_pages)
                                 : escape_markup(indicator_pages);
    notice["kept_html"] = message_html(m, "page.release_notice.kept", {{"date", date}});
    notice["detail_html"] = message_html(m, "page.release_notice.detail",
                                         {{"indicator_pages", indicators},
                                          {"revisions_page", link_html(notice["revisions_url"].get<std::string>(),
                                                                       m.text("page.release_notice.revisions_page"))}});
    page["release_notice"] = notice;
}

// The same page in the site's other languages, for the language switcher
// and the head's alternates: each named in its own language (WCAG 3.1.2).
json translations_of(const SourceTree& tree, const Route& route, const std::string& base_path) {
    json out = json::array();
    for (const auto& [lang, url] : route.translations) {
        auto name = tree.templates.language_names.find(lang);
        out.push_back({{"lang", lang},
                       {"name", name == tree.templates.language_names.end() ? lang : name->second},
                       {"url", link_to_url(route, url, base_path)},
                       {"absolute_url", tree.config.base_url + url}});
    }
    return out;
}

json site_block(const SiteConfig& config) {
    json contact{{"email", config.contact.email}, {"phone", config.contact.phone}, {"address", config.contact.address}};
    if (!config.contact.email.empty()) contact["email_href"] = "mailto:" + config.contact.email;
    if (!config.contact.phone.empty()) contact["phone_href"] = phone_href(config.contact.phone);
    bool has_contact =
        !config.contact.email.empty() || !config.contact.phone.empty() || !config.contact.address.empty();
    return {{"title", config.title},
            {"organisation", config.organisation},
            {"description", config.description},
            {"base_url", config.base_url},
            {"contact", contact},
            {"has_contact", has_contact}};
}

// What a page shows of the KPI data, by kind of page.
void add_kpi(json& page, const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, const Route& route,
             const std::string& root, const std::string& base_path, PageCharts* charts) {
    auto link_to = [&](const std::string& id) { return link_to_indicator(routes, route, id, base_path); };
    bool has_kpi = false;
    if (route.kind == PageKind::indicator) {
        if (const PublishedIndicator* ind = kpi.indicator(route.indicator)) {
            std::optional<ChartPage> chart_page;
            if (charts) chart_page.emplace(ChartPage{*charts});
            json view = indicator_page(kpi, *ind, tree.config.base_url, route.url, tree.config.organisation,
                                       tree.templates.messages, chart_page ? &*chart_page : nullptr);
            if (!tree.config.spreadsheets) view["downloads"].erase("xlsx");  // downloads.spreadsheets: false
            if (!routes.folder.empty()) {
                // The downloads are the default language's, beside its page.
                std::string beside =
                    link_to_root(route, base_path) + std::string(indicators_dir) + "/" + route.indicator + "/";
                for (auto& [kind, file] : view["downloads"].items()) file = beside + file.get<std::string>();
            }
            page["has_charts"] = !view["trend_chart"].is_null();
            view["dataset_html"] = json_for_script(view["dataset"]);
            view.erase("dataset");
            page["indicator"] = view;
            page["summary"] = ind->def.definition;
            has_kpi = true;
        }
    }
    if (route.kind == PageKind::indicator_index) {
        page["aims"] = indicator_index(kpi, link_to, tree.templates.messages);
        has_kpi = true;
    }
    if (route.kind == PageKind::revisions) {
        page["revisions"] = revisions_table(kpi, link_to, tree.templates.messages);
        page["revisions"]["csv"] = root + revisions_download;
        if (page.value("summary", "").empty()) page["summary"] = tree.templates.messages.text("page.revisions.summary");
    }
    page["is_revisions"] = route.kind == PageKind::revisions;
    if (route.file && route.file->front.period && kpi.present) {
        json release = release_table(kpi, *route.file->front.period, link_to, tree.templates.messages);
        if (!tree.config.spreadsheets) release["downloads"].erase("xlsx");
        for (auto& [_, path] : release["downloads"].items()) path = root + path.get<std::string>();
        page["release"] = release;
        has_kpi = true;
    }
    page["is_indicator"] = route.kind == PageKind::indicator;
    page["is_indicator_index"] = route.kind == PageKind::indicator_index;
    page["has_kpi"] = page.value("has_kpi", false) || has_kpi;
}

}  // namespace

std::string link_to_indicator(const Routes& routes, const Route& from, const std::string& id,
                              const std::string& base_path) {
    const Route* target = routes.indicator_page(id);
    return target ? link_between(from, *target, base_path) : "";
}

std::string json_for_script(const json& data) {
    std::string text = data.dump(2);
    std::string out;
    for (char c : text) {
        switch (c) {
            case '<':
                out += "\\u003c";
                break;
            case '>':
                out += "\\u003e";
                break;
            case '&':
                out += "\\u0026";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string content_security_policy(bool webassembly) {
    return fmt::format(
        "default-src 'none'; script-src 'self'{}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'",
        webassembly ? " 'wasm-unsafe-eval'" : "");
}

const std::vector<std::string>& search_scripts() {
    static const std::vector<std::string> scripts = {"js/search.js"};
    return scripts;
}

const std::vector<std::string>& interactive_chart_scripts() {
    // vega-embed needs vega and vega-lite loaded first; charts.js uses all three.
    static const std::vector<std::string> scripts = {"js/vega.min.js", "js/vega-lite.min.js", "js/vega-embed.min.js",
                                                     "js/charts.js"};
    return scripts;
}

json build_view_model(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi, std::size_t page_index,
                      const RenderedBody& body, PageCharts* charts) {
    const Route& route = routes.pages[page_index];
    const std::string base_path = path_of_base_url(tree.config.base_url);
    const ContentFile* file = route.file;

    json page{{"title", route.title},
              {"summary", file ? file->front.summary : std::string()},
              {"content_html", body.html},
              {"is_home", route.kind == PageKind::home},
              {"is_section", route.kind == PageKind::section},
              {"is_not_found", route.kind == PageKind::not_found}};
    if (route.kind != PageKind::not_found) page["canonical_url"] = tree.config.base_url + route.url;
    add_dates(page, file, tree.templates.messages);
    add_preview_banner(page, route, tree.templates.messages);
    add_release_notice(page, tree, routes, route, base_path);
    json toc = json::array();
    for (const auto& [id, text] : body.toc) toc.push_back({{"id", id}, {"text", text}});
    page["toc"] = toc;
    page["has_toc"] = file && file->front.toc && !toc.empty();
    page["children"] = children(tree, routes, page_index, base_path);
    page["pdf_url"] = has_report_pdf(tree.config, route) ? json(report_pdf_name(route)) : json(false);
    page["has_children"] = !route.children.empty();

    // Assets and downloads are at the site's root, whatever the language.
    std::string root = link_to_root(route, base_path);
    page["has_kpi"] = body.has_kpi;
    page["has_charts"] = body.has_charts;
    add_kpi(page, tree, routes, kpi, route, root, base_path, charts);
    add_accountability(page, tree, routes, kpi, page_index, base_path);
    add_reader_pages(page, tree, routes, page_index, base_path);
    page["has_dates"] = page.contains("date_iso") || page.contains("next_update");
    // What the search index reads (docs/search.md): not the 404 page, nor
    // the pages that only list other pages' titles, nor anything unpublished.
    page["searchable"] = route.publication == Publication::published && route.kind != PageKind::not_found &&
                         route.kind != PageKind::search && route.kind != PageKind::a_to_z;
    // Interactive charts are an enhancement of the static SVG: scripts only
    // on pages with charts, and only when site.yaml asks.
    json chart_scripts = json::array();
    if (tree.config.charts_interactive && page["has_charts"].get<bool>()) {
        for (const auto& s : interactive_chart_scripts()) chart_scripts.push_back({{"src", root + "assets/" + s}});
    }
    // Search is an enhancement of a page that works without it (docs/search.md).
    json module_scripts = json::array();
    json stylesheets = json::array();
    if (route.kind == PageKind::search) {
        for (const auto& s : search_scripts()) module_scripts.push_back({{"src", root + "assets/" + s}});
        stylesheets.push_back({{"href", root + "assets/css/search.css"}});
    }
    json crumbs = breadcrumbs(routes, page_index, base_path, tree.templates.messages);
    json links = reader_links(tree, routes, page_index, base_path, root);
    std::string home_url = link_between(route, routes.home(), base_path);
    if (route.kind == PageKind::not_found) page["not_found"] = not_found(tree, links, home_url);
    json nav = navigation(tree, routes, page_index, base_path);
    bool has_nav = !nav.empty();
    json translations = translations_of(tree, route, base_path);
    // Every language's address of the page, its own too, for the head.
    json alternates = json::array();
    if (!translations.empty() && page.contains("canonical_url"))
        alternates.push_back({{"lang", tree.config.language}, {"url", page["canonical_url"]}});
    for (const auto& t : translations) alternates.push_back({{"lang", t["lang"]}, {"url", t["absolute_url"]}});
    // A page in another language says so, for screen readers' voices and
    // for translation tools (WCAG 3.1.1).
    const std::string& lang =
        route.file && !route.file->front.lang.empty() ? route.file->front.lang : tree.config.language;
    return {{"lang", lang},
            {"site", site_block(tree.config)},
            {"page", page},
            {"nav", nav},
            {"has_nav", has_nav},
            {"translations", translations},
            {"has_translations", !translations.empty()},
            {"alternates", alternates},
            {"breadcrumbs", crumbs},
            {"has_breadcrumbs", !crumbs.empty() && route.kind != PageKind::home},
            {"home_url", home_url},
            {"assets_url", root + "assets/"},
            {"chart_scripts", chart_scripts},
            {"module_scripts", module_scripts},
            {"page_stylesheets", stylesheets},
            {"links", links},
            {"csp", content_security_policy(needs_webassembly(route))},
            {"generator", std::string("candour ") + CANDOUR_VERSION}};
}

}  // namespace candour
