#include "charts/chart_text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "kpi/format.hpp"

namespace candour::chart_text {

namespace {

const char* const month_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string plural(int n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string short_label(const Period& p) {
    int m = p.start_month();
    switch (p.kind()) {
        case PeriodKind::month:
            return fmt::format("{} {}", month_abbr[m - 1], p.start_year());
        case PeriodKind::quarter:
            return fmt::format("{} to {} {}", month_abbr[m - 1], month_abbr[(m + 1) % 12], p.start_year());
        case PeriodKind::financial_year:
            break;
    }
    return p.code();
}

std::vector<std::string> short_labels(const std::vector<Period>& periods) {
    std::vector<std::string> out;
    for (const auto& p : periods) out.push_back(short_label(p));
    return out;
}

std::string period_range(const std::vector<Period>& periods) {
    if (periods.empty()) return "";
    if (periods.size() == 1) return periods.front().label();
    return periods.front().label() + " to " + periods.back().label();
}

std::string period_noun(const Period& p) {
    switch (p.kind()) {
        case PeriodKind::month:
            return "month";
        case PeriodKind::quarter:
            return "quarter";
        case PeriodKind::financial_year:
            break;
    }
    return "year";
}

std::string gap_note(const std::vector<Symbol>& hidden) {
    std::map<Symbol, int> count;
    for (Symbol s : hidden) ++count[s];
    std::vector<std::string> sentences;
    for (const auto& [symbol, n] : count) {
        std::string values = plural(n, "value is", "values are");
        switch (symbol) {
            case Symbol::confidential:
                sentences.push_back(
                    fmt::format("{} not shown to protect the anonymity of the people involved ([c]).", values));
                break;
            case Symbol::not_available:
                sentences.push_back(fmt::format("{} not available ([x]).", values));
                break;
            case Symbol::not_applicable:
                sentences.push_back(fmt::format("{} not applicable ([z]).", values));
                break;
            case Symbol::none:
                break;
        }
    }
    std::string out;
    for (const auto& s : sentences) out += (out.empty() ? "" : " ") + s;
    if (!out.empty()) out += " They are gaps in the chart, not zeros.";
    return out;
}

std::string list_in_words(const std::vector<std::string>& items) {
    if (items.empty()) return "";
    if (items.size() == 1) return items.front();
    std::string out;
    for (std::size_t i = 0; i + 1 < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + " and " + items.back();
}

std::string upper_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string lower_first(std::string s) {
    // Keep acronyms ("ISVA referrals") as they are.
    if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[1]))) return s;
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

std::string unit_phrase(const Indicator& ind) {
    return upper_first(unit_label(ind));
}

std::string change_size(double absolute, const Indicator& ind) {
    std::string amount = format_number(std::fabs(absolute), ind.decimals);
    bool one = amount == "1" || amount == "1.0";
    switch (ind.unit) {
        case Unit::percentage:
            return amount + (one ? " percentage point" : " percentage points");
        case Unit::median_days:
            return amount + (one ? " day" : " days");
        default:
            break;
    }
    return amount;
}

std::string slug_of(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += '-';
        bool dash = false;
        for (unsigned char c : part) {
            if (std::isalnum(c)) {
                if (dash && !out.empty() && out.back() != '-') out += '-';
                out += static_cast<char>(std::tolower(c));
                dash = false;
            } else {
                dash = true;
            }
        }
    }
    return out;
}

}  // namespace candour::chart_text
