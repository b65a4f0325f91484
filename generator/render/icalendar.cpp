// releases.ics: the release calendar for calendar programs (RFC 5545).
#include <fmt/format.h>

#include "messages/period_words.hpp"
#include "model/reader_pages.hpp"
#include "model/reader_view.hpp"
#include "render/feed.hpp"

namespace candour {

namespace {

std::string ics_date(const Date& d) {
    return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

Date day_after(const Date& d) {
    Date next = d;
    ++next.day;
    if (!parse_date(next.iso())) {
        next.day = 1;
        if (++next.month > 12) {
            next.month = 1;
            ++next.year;
        }
    }
    return next;
}

}  // namespace

std::string icalendar_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string icalendar_line(std::string_view line) {
    std::string out;
    std::size_t limit = 75;  // octets on the first line; 74 after the leading space of the others
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Never between the bytes of one UTF-8 character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string release_icalendar(const SourceTree& tree, const Routes& routes, const Date& today) {
    const SiteConfig& config = tree.config;
    const Messages& m = tree.templates.messages;
    std::string host = host_of(config.base_url);
    std::string ics;
    auto line = [&](const std::string& text) { ics += icalendar_line(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//candour//release calendar//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + icalendar_text(m.text("calendar.name", {{"site", config.title}})));
    for (const auto& r : tree.releases.releases) {
        if (!r.date) continue;  // provisional: no day to put it on yet
        const Route* report = report_page(routes, r.period);
        bool linked = report && report->publication == Publication::published && r.is_past(today);
        std::string url = config.base_url + (linked ? report->url : std::string(release_calendar_url_dir) + "/");
        line("BEGIN:VEVENT");
        // Not "name@host": the privacy gate would rightly read that as an email address.
        line(fmt::format("UID:{}{}releases/{}", host, path_of_base_url(config.base_url), r.period.slug()));
        line(fmt::format("DTSTAMP:{}T000000Z", ics_date(today)));
        line("DTSTART;VALUE=DATE:" + ics_date(*r.date));
        line("DTEND;VALUE=DATE:" + ics_date(day_after(*r.date)));
        std::string period = period_label(r.period, m);
        line("SUMMARY:" + icalendar_text(m.text("calendar.event.summary",
                                                {{"organisation", config.organisation}, {"period", period}})));
        line("DESCRIPTION:" +
             icalendar_text(m.text("calendar.event.description", {{"organisation", config.organisation},
                                                                  {"period", period},
                                                                  {"date", release_when_label(r, m)},
                                                                  {"url", url}})));
        line("URL:" + url);
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return ics;
}

}  // namespace candour
