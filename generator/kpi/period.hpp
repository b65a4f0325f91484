#pragma once
// Reporting periods: UK financial-year quarters ("2024-25 Q1", April to June
// 2024), calendar months ("2024-04") and financial years ("2024-25").
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

enum class PeriodKind { month, quarter, financial_year };

class Period {
public:
    static std::optional<Period> parse(std::string_view text);
    static Period quarter(int fy_start_year, int q) { return {PeriodKind::quarter, fy_start_year, q}; }
    static Period month(int year, int month) { return {PeriodKind::month, year, month}; }
    static Period financial_year(int fy_start_year) { return {PeriodKind::financial_year, fy_start_year, 1}; }

    PeriodKind kind() const { return kind_; }
    std::string code() const;  // "2024-25 Q1", "2024-04", "2024-25"
    // "April to June 2024", "April 2024", "April 2024 to March 2025": in
    // English, for editors' messages and data files. Pages say a period in
    // the theme's words: period_label() (messages/period_words.hpp).
    std::string label() const;
    std::string slug() const;       // "2024-25-q1"
    std::string kind_name() const;  // "quarter", "month", "financial year"
    static std::string kind_name(PeriodKind kind);

    Period next() const;
    Period previous() const;
    Period same_period_last_year() const;
    // Periods of this kind in twelve months, ending with this one (4, 12 or 1).
    int periods_per_year() const;

    // First calendar month (1-12) and year the period covers, for ordering and ISO dates.
    int start_year() const;
    int start_month() const;
    std::string start_iso() const;  // "2024-04-01"
    std::string end_iso() const;    // "2024-06-30"

    // The financial year the period falls in, by its first year (2024 for 2024-25).
    int financial_year_start() const { return start_month() >= 4 ? start_year() : start_year() - 1; }
    // Periods of `kind` from April of this period's financial year to its
    // end: what a year-to-date figure for this period adds up.
    std::vector<Period> year_to_date(PeriodKind kind) const;

    auto operator<=>(const Period& o) const {
        if (auto c = start_year() <=> o.start_year(); c != 0) return c;
        if (auto c = start_month() <=> o.start_month(); c != 0) return c;
        return static_cast<int>(kind_) <=> static_cast<int>(o.kind_);
    }
    bool operator==(const Period& o) const = default;

private:
    Period(PeriodKind kind, int year, int index) : kind_(kind), year_(year), index_(index) {}
    PeriodKind kind_;
    int year_;   // calendar year for months; the financial year's first year otherwise
    int index_;  // month 1-12, quarter 1-4, or 1
};

}  // namespace candour
