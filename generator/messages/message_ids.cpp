#include "messages/message_ids.hpp"

#include <algorithm>

namespace candour {

const std::vector<MessageSpec>& message_specs() {
    // Sentences about one indicator, one set for each kind of figure: a
    // count's subject is "the number of ...", a median's is "the median
    // for ...", and the rest "stood at", so the verb agrees whatever the
    // indicator's title (plural "Charges", singular "Charge rate").
    static const std::vector<MessageSpec> specs = {
        // The theme's own words and generated pages. "theme." messages are the
        // templates' `text` object (built once a build: placeholders only from
        // site.yaml); "page." messages are the titles, summaries and sentences
        // of the pages candour makes itself, filled in page by page.
        {"theme.skip_link", {}, {}},
        {"theme.nav.label", {}, {}},
        {"theme.nav.menu", {}, {}},
        {"theme.nav.this_page", {}, {}},
        {"theme.nav.this_section", {}, {}},
        {"theme.breadcrumbs.label", {}, {}},
        {"theme.contents", {}, {}},
        {"theme.footer.label", {}, {}},
        {"theme.footer.search", {}, {}},
        {"theme.footer.a_to_z", {}, {}},
        {"theme.footer.release_calendar", {}, {}},
        {"theme.footer.feed", {}, {}},
        {"theme.footer.contact", {"organisation"}, {}},
        {"theme.footer.email", {}, {}},
        {"theme.footer.phone", {}, {}},
        {"theme.footer.post", {"address"}, {}},
        {"theme.footer.published_by", {"organisation"}, {}},
        {"theme.feed_title", {"site"}, {}},
        {"theme.dates.published", {}, {}},
        {"theme.dates.updated", {}, {}},
        {"theme.dates.next_update", {}, {}},
        {"theme.dates.provisional", {}, {}},
        {"theme.dates.not_announced", {}, {}},
        {"theme.dates.release_calendar", {}, {}},
        {"theme.symbols.heading", {}, {}},
        {"theme.symbols.confidential", {}, {}},
        {"theme.symbols.not_available", {}, {}},
        {"theme.symbols.not_applicable", {}, {}},
        {"theme.symbols.revised", {}, {}},
        {"theme.symbols.provisional", {}, {}},
        {"theme.report_pdf.link", {}, {}},
        {"theme.report_pdf.note", {}, {}},
        {"theme.children.pdf", {}, {}},
        {"theme.home.in_this_report", {}, {}},
        {"theme.section.pages", {}, {}},
        {"theme.a_to_z.letters", {}, {}},
        {"theme.search.label", {}, {}},
        {"theme.search.button", {}, {}},
        {"theme.not_found.typed", {}, {}},
        {"theme.not_found.pasted", {}, {}},
        {"theme.calendar.upcoming", {}, {}},
        {"theme.calendar.upcoming_caption", {}, {}},
        {"theme.calendar.figures_for", {}, {}},
        {"theme.calendar.publication_date", {}, {}},
        {"theme.calendar.provisional", {}, {}},
        {"theme.calendar.none_announced", {}, {}},
        {"theme.calendar.past", {}, {}},
        {"theme.calendar.past_caption", {}, {}},
        {"theme.calendar.day_not_recorded", {}, {}},
        {"theme.calendar.follow", {}, {}},
        {"theme.calendar.add_to_calendar", {}, {}},
        {"theme.calendar.add_to_calendar_note", {}, {}},
        {"theme.calendar.feed", {}, {}},
        {"theme.calendar.feed_note", {}, {}},
        {"page.home.breadcrumb", {}, {}},
        {"page.indicators.title", {}, {}},
        {"page.revisions.title", {}, {}},
        {"page.revisions.summary", {}, {}},
        {"page.release_calendar.title", {}, {}},
        {"page.release_calendar.summary", {}, {}},
        {"page.a_to_z.title", {}, {}},
        {"page.a_to_z.summary", {}, {}},
        {"page.a_to_z.intro", {"count"}, "count"},
        {"page.a_to_z.in_section", {"section"}, {}},
        {"page.search.title", {}, {}},
        {"page.search.summary", {}, {}},
        {"page.search.no_script", {"a_to_z"}, {}},
        {"page.search.also", {"a_to_z"}, {}},
        {"page.not_found.title", {}, {}},
        {"page.not_found.elsewhere", {"home", "search", "a_to_z"}, {}},
        {"page.not_found.home_link", {}, {}},
        {"page.not_found.search_link", {}, {}},
        {"page.not_found.email", {"email"}, {}},
        {"page.findings.title", {}, {}},
        {"page.trackers.title", {}, {}},
        {"page.action_plans.title", {}, {}},
        {"page.children.pdf_of", {"title"}, {}},
        {"page.draft.banner", {}, {}},
        {"page.draft.detail", {}, {}},
        {"page.scheduled.banner", {}, {}},
        {"page.scheduled.detail", {"date"}, {}},
        {"page.release_notice.kept", {"date"}, {}},
        {"page.release_notice.detail", {"indicator_pages", "revisions_page"}, {}},
        {"page.release_notice.indicator_pages", {}, {}},
        {"page.release_notice.revisions_page", {}, {}},
        {"indicator.level.count", {"period", "title", "value"}, {}},
        {"indicator.level.percentage", {"period", "title", "value"}, {}},
        {"indicator.level.median_days", {"period", "title", "value"}, "value"},
        {"indicator.level.rate", {"period", "title", "value"}, {}},
        {"indicator.level.score", {"period", "title", "value"}, {}},
        {"indicator.no_figures", {"title"}, {}},
        {"change.sentence.rose", {"from_period", "from_value", "to_value", "amount"}, {}},
        {"change.sentence.fell", {"from_period", "from_value", "to_value", "amount"}, {}},
        {"change.sentence.same", {"from_period", "to_value"}, {}},
        {"change.sentence.not_comparable", {"from_period"}, {}},
        {"change.amount.up", {"amount"}, {}},
        {"change.amount.down", {"amount"}, {}},
        {"change.amount.up_relative", {"amount", "percent"}, {}},
        {"change.amount.down_relative", {"amount", "percent"}, {}},
        {"change.amount.points_up", {"amount"}, "amount"},
        {"change.amount.points_down", {"amount"}, "amount"},
        {"change.amount.days_up", {"amount"}, "amount"},
        {"change.amount.days_down", {"amount"}, "amount"},
        {"change.amount.days_up_relative", {"amount", "percent"}, "amount"},
        {"change.amount.days_down_relative", {"amount", "percent"}, "amount"},
        {"change.amount.none", {}, {}},
        {"change.amount.not_available", {}, {}},
        {"judgement.improved", {}, {}},
        {"judgement.worsened", {}, {}},
        {"polarity.higher_is_better", {}, {}},
        {"polarity.lower_is_better", {}, {}},
        {"polarity.neutral", {}, {}},
    };
    return specs;
}

const MessageSpec* message_spec(std::string_view id) {
    const auto& specs = message_specs();
    auto it = std::find_if(specs.begin(), specs.end(), [&](const MessageSpec& s) { return s.id == id; });
    return it == specs.end() ? nullptr : &*it;
}

}  // namespace candour
