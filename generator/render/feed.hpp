#pragma once
// The Atom feed of releases (feed.xml, RFC 4287) and the release calendar
// as iCalendar (releases.ics, RFC 5545). Format notes: docs/releases.md.
#include <string>
#include <string_view>
#include <vector>

#include "io/output_file.hpp"
#include "kpi/date.hpp"
#include "kpi/published.hpp"
#include "load/load.hpp"
#include "messages/messages.hpp"
#include "model/routes.hpp"

namespace candour {

// One entry of the feed. Releases fill it today (release_feed_entries);
// anything else worth announcing, such as a revision, adds entries of its own.
struct FeedEntry {
    std::string id;  // never changes once published: a tag: URI from tag_uri()
    std::string title;
    Date updated;         // the day it was published
    std::string link;     // the page it announces, a full web address
    std::string summary;  // plain text; may be empty
};

// A tag: URI (RFC 4151) that stays the same for good:
// tag_uri("https://www.example.org/rasso/", 2024-08-15, "releases/2024-25-q1")
// is "tag:www.example.org,2024-08-15:/rasso/releases/2024-25-q1".
// `minted` must be a day the site was already at that address.
std::string tag_uri(const std::string& base_url, const Date& minted, const std::string& specific);

// The host of a web address ("www.example.org"), lower case, without port.
std::string host_of(const std::string& url);

// One entry per release whose day has come and whose report is published.
std::vector<FeedEntry> release_feed_entries(const SourceTree& tree, const Routes& routes);

// The feed, newest entry first, titled by the catalogue's theme.feed_title.
// It is as new as its newest entry, or `today` when it has none, so an
// unchanged feed has unchanged bytes.
std::string atom_feed(const SiteConfig& config, const Messages& messages, std::vector<FeedEntry> entries,
                      const Date& today);

// One all-day event per release with a confirmed day; provisional months
// are left out until their day is known. DTSTAMP is `today`.
std::string release_icalendar(const SourceTree& tree, const Routes& routes, const Date& today);

// RFC 5545 text: '\', ';', ',' and line breaks escaped.
std::string icalendar_text(std::string_view text);
// One content line folded at 75 octets (never inside a UTF-8 character),
// each line ending in CRLF.
std::string icalendar_line(std::string_view line);

// One entry per release that revised figures published earlier, on that
// release's day, linking to the revisions page.
std::vector<FeedEntry> revision_feed_entries(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi);

// feed.xml always (releases and the revisions they brought), releases.ics
// with a calendar.
std::vector<OutputFile> render_release_files(const SourceTree& tree, const Routes& routes, const PublishedKpi& kpi);

}  // namespace candour
