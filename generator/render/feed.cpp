#include "render/feed.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "io/escape.hpp"
#include "messages/period_words.hpp"
#include "model/reader_view.hpp"

namespace candour {

namespace {

std::string atom_time(const Date& d) {
    return d.iso() + "T00:00:00Z";
}

// "The figures for April to June 2024, published on 15 August 2024."
std::string release_sentence(const AnnouncedRelease& r, const Messages& m) {
    return m.text("feed.release.summary", {{"period", period_label(r.period, m)}, {"date", release_when_label(r, m)}});
}

}  // namespace

std::string host_of(const std::string& url) {
    auto scheme = url.find("://");
    std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
    std::size_t end = url.find_first_of("/?#", start);
    std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (auto at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
    if (auto colon = authority.rfind(':'); colon != std::string::npos && authority.find(']') == std::string::npos) {
        authority.erase(colon);
    }
    std::transform(authority.begin(), authority.end(), authority.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return authority;
}

std::string tag_uri(const std::string& base_url, const Date& minted, const std::string& specific) {
    return fmt::format("tag:{},{}:{}{}", host_of(base_url), minted.iso(), path_of_base_url(base_url), specific);
}

std::vector<FeedEntry> release_feed_entries(const SourceTree& tree, const Routes& routes) {
    const Messages& m = tree.templates.messages;
    std::vector<FeedEntry> entries;
    for (const auto& r : tree.releases.releases) {
        if (!r.date || !r.is_past(routes.today)) continue;
        const Route* report = report_page(routes, r.period);
        if (!report || report->publication != Publication::published) continue;
        std::string summary = report->file->front.summary;
        entries.push_back({tag_uri(tree.config.base_url, *r.date, "releases/" + r.period.slug()), report->title,
                           *r.date, tree.config.base_url + report->url,
                           summary.empty() ? release_sentence(r, m) : release_sentence(r, m) + " " + summary});
    }
    return entries;
}

std::string atom_feed(const SiteConfig& config, const Messages& messages, std::vector<FeedEntry> entries,
                      const Date& today) {
    std::stable_sort(entries.begin(), entries.end(), [](const FeedEntry& a, const FeedEntry& b) {
        return std::tie(b.updated, b.id) < std::tie(a.updated, a.id);
    });
    Date updated = entries.empty() ? today : entries.front().updated;
    std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    xml +=
        fmt::format("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", escape_markup(config.language));
    xml += fmt::format("  <id>{}</id>\n", escape_markup(config.base_url + feed_file));
    xml += fmt::format("  <title>{}</title>\n",
                       escape_markup(messages.text("theme.feed_title", {{"site", config.title}})));
    if (!config.description.empty())
        xml += fmt::format("  <subtitle>{}</subtitle>\n", escape_markup(config.description));
    xml += fmt::format("  <updated>{}</updated>\n", atom_time(updated));
    xml += fmt::format("  <author><name>{}</name></author>\n", escape_markup(config.organisation));
    xml += fmt::format("  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
                       escape_markup(config.base_url + feed_file));
    xml += fmt::format("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape_markup(config.base_url));
    xml += "  <generator>candour</generator>\n";
    for (const auto& e : entries) {
        xml += "  <entry>\n";
        xml += fmt::format("    <id>{}</id>\n", escape_markup(e.id));
        xml += fmt::format("    <title>{}</title>\n", escape_markup(e.title));
        xml += fmt::format("    <published>{}</published>\n", atom_time(e.updated));
        xml += fmt::format("    <updated>{}</updated>\n", atom_time(e.updated));
        xml += fmt::format("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape_markup(e.link));
        if (!e.summary.empty()) xml += fmt::format("    <summary>{}</summary>\n", escape_markup(e.summary));
        xml += "  </entry>\n";
    }
    xml += "</feed>\n";
    return xml;
}

std::vector<FeedEntry> revision_feed_entries(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi) {
    const Route* page = nullptr;
    for (const auto& r : routes.pages) {
        if (r.kind == PageKind::revisions) page = &r;
    }
    std::map<std::string, std::vector<const Revision*>> by_release;  // only revisions a release made
    for (const auto& r : kpi.revisions) {
        if (!r.revised_release.empty()) by_release[r.revised_release].push_back(&r);
    }
    const Messages& m = tree.templates.messages;
    std::vector<FeedEntry> entries;
    for (const auto& r : tree.releases.releases) {
        auto found = by_release.find(r.period.code());
        if (!page || !r.date || !r.is_past(routes.today) || found == by_release.end()) continue;
        std::vector<std::string> what;
        for (const auto* rev : found->second) {
            std::string item = m.text("feed.revisions.figure",
                                      {{"indicator", rev->indicator}, {"period", period_label(rev->period, m)}});
            if (std::find(what.begin(), what.end(), item) == what.end()) what.push_back(item);
        }
        std::size_t count = found->second.size();
        entries.push_back({tag_uri(tree.config.base_url, *r.date, "revisions/" + r.period.slug()),
                           m.text("feed.revisions.title", {{"period", period_label(r.period, m)}}), *r.date,
                           tree.config.base_url + page->url,
                           m.plural("feed.revisions.summary", static_cast<double>(count), 0,
                                    {{"count", number_label(static_cast<long long>(count), m)},
                                     {"figures", fmt::format("{}", fmt::join(what, "; "))}})});
    }
    return entries;
}

std::vector<OutputFile> render_release_files(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi) {
    std::vector<OutputFile> files;
    std::vector<FeedEntry> entries = release_feed_entries(tree, routes);
    for (auto& e : revision_feed_entries(tree, routes, kpi)) entries.push_back(std::move(e));
    files.push_back({feed_file, atom_feed(tree.config, tree.templates.messages, std::move(entries), routes.today)});
    if (!tree.releases.empty()) files.push_back({icalendar_file, release_icalendar(tree, routes, routes.today)});
    return files;
}

}  // namespace candour
