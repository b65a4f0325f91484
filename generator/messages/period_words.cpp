#include "messages/period_words.hpp"

#include "messages/integer_text.hpp"

namespace candour {

namespace {

std::string month_label(int year, int month, const Messages& messages) {
    return messages.text("period.month." + std::to_string(month), {{"year", number_label(year, messages)}});
}

}  // namespace

std::string number_label(long long value, const Messages& messages) {
    return integer_text(value, messages.language());
}

std::string period_label(const Period& period, const Messages& messages) {
    switch (period.kind()) {
        case PeriodKind::quarter: {
            // The quarter's number from its first month: April is 1, January 4.
            int q = (period.start_month() + 8) % 12 / 3 + 1;
            return messages.text("period.quarter." + std::to_string(q),
                                 {{"year", number_label(period.start_year(), messages)}});
        }
        case PeriodKind::financial_year:
            return messages.text("period.financial_year",
                                 {{"start_year", number_label(period.start_year(), messages)},
                                  {"end_year", number_label(period.start_year() + 1, messages)}});
        case PeriodKind::month:
            break;
    }
    return month_label(period.start_year(), period.start_month(), messages);
}

std::string date_label(const Date& date, const Messages& messages) {
    return messages.text("date.month." + std::to_string(date.month),
                         {{"day", number_label(date.day, messages)}, {"year", number_label(date.year, messages)}});
}

std::string month_range_label(const Date& from, const Date& to, const Messages& messages) {
    return messages.text("period.range", {{"from", month_label(from.year, from.month, messages)},
                                          {"to", month_label(to.year, to.month, messages)}});
}

std::string release_when_label(const AnnouncedRelease& release, const Messages& messages) {
    return release.date ? date_label(*release.date, messages) : period_label(*release.month, messages);
}

}  // namespace candour
