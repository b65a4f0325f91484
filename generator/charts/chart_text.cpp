#include "charts/chart_text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "kpi/format.hpp"
#include "messages/integer_text.hpp"
#include "messages/period_words.hpp"

namespace candour::chart_text {

namespace {}  // namespace

std::string short_label(const Period& p, const Messages& m) {
    MessageArgs year{{"year", number_label(p.start_year(), m)}};
    switch (p.kind()) {
        case PeriodKind::month:
            return m.text("period.short.month." + std::to_string(p.start_month()), year);
        case PeriodKind::quarter:
            // Quarter 1 of the financial year starts in April.
            return m.text("period.short.quarter." + std::to_string((p.start_month() + 8) / 3 % 4 + 1), year);
        case PeriodKind::financial_year:
            break;
    }
    return period_label(p, m);
}

std::vector<std::string> short_labels(const std::vector<Period>& periods, const Messages& m) {
    std::vector<std::string> out;
    for (const auto& p : periods) out.push_back(short_label(p, m));
    return out;
}

std::string period_range(const std::vector<Period>& periods, const Messages& m) {
    if (periods.empty()) return "";
    if (periods.size() == 1) return period_label(periods.front(), m);
    return m.text("period.range",
                  {{"from", period_label(periods.front(), m)}, {"to", period_label(periods.back(), m)}});
}

std::string period_kind_id(const std::string& stem, const Period& p) {
    switch (p.kind()) {
        case PeriodKind::month:
            return stem + "month";
        case PeriodKind::quarter:
            return stem + "quarter";
        case PeriodKind::financial_year:
            break;
    }
    return stem + "year";
}

std::string gap_note(const std::vector<Symbol>& hidden, const Messages& messages) {
    std::map<Symbol, int> count;
    for (Symbol s : hidden) ++count[s];
    std::vector<std::string> sentences;
    for (const auto& [symbol, n] : count) {
        const char* id = nullptr;
        switch (symbol) {
            case Symbol::confidential:
                id = "chart.gaps.confidential";
                break;
            case Symbol::not_available:
                id = "chart.gaps.not_available";
                break;
            case Symbol::not_applicable:
                id = "chart.gaps.not_applicable";
                break;
            case Symbol::none:
                break;
        }
        if (id) sentences.push_back(messages.plural(id, n, 0, {{"count", std::to_string(n)}}));
    }
    std::string out;
    for (const auto& s : sentences) out += (out.empty() ? "" : " ") + s;
    if (!out.empty()) out += " " + messages.text("chart.gaps.not_zeros");
    return out;
}

std::string list_in_words(const std::vector<std::string>& items, const Messages& messages) {
    if (items.empty()) return "";
    std::string out = items.front();
    for (std::size_t i = 1; i + 1 < items.size(); ++i)
        out = messages.text("chart.list.comma", {{"list", out}, {"next", items[i]}});
    if (items.size() > 1) out = messages.text("chart.list.and", {{"list", out}, {"last", items.back()}});
    return out;
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

std::string unit_words(const Indicator& ind, const Messages& messages) {
    switch (ind.unit) {
        case Unit::count:
            return messages.text("unit.count");
        case Unit::percentage:
            return messages.text("unit.percentage");
        case Unit::median_days:
            return messages.text("unit.median_days");
        case Unit::rate:
            return messages.text("unit.rate");
        case Unit::score:
            break;
    }
    return messages.text("unit.score");
}

std::string unit_phrase(const Indicator& ind, const Messages& messages) {
    return upper_first(unit_words(ind, messages));
}

std::string change_size(double absolute, const Indicator& ind, const Messages& messages) {
    std::string amount = format_number(std::fabs(absolute), ind.decimals);
    // Exactly one, shown as "1" or "1.0", takes the "one" form, as charts
    // have always written it ("1.0 percentage point").
    bool one = amount == "1" || amount == "1.0";
    double n = one ? 1 : std::fabs(absolute);
    int decimals = one ? 0 : ind.decimals;
    switch (ind.unit) {
        case Unit::percentage:
            return messages.plural("chart.amount.points", n, decimals, {{"amount", amount}});
        case Unit::median_days:
            return messages.plural("chart.amount.days", n, decimals, {{"amount", amount}});
        default:
            break;
    }
    return amount;
}

std::string expression_string(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    return out + "'";
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
