#include "kpi/period.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace candour {

namespace {

constexpr std::array<const char*, 12> month_names = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

constexpr std::array<int, 12> month_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// Digits only: from_chars alone would also take a minus sign ("1999--0").
bool to_int(std::string_view s, int& out) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

// "2024-25": the second part must be the next year's last two digits.
std::optional<int> parse_financial_year(std::string_view s) {
    int first = 0, second = 0;
    if (s.size() != 7 || s[4] != '-' || !to_int(s.substr(0, 4), first) || !to_int(s.substr(5, 2), second)) {
        return std::nullopt;
    }
    if (first < 1990 || first > 2100 || (first + 1) % 100 != second) return std::nullopt;
    return first;
}

int days_in(int year, int month) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : month_days[static_cast<std::size_t>(month - 1)];
}

// Calendar (year, month) of the n-th month of a financial year starting April `fy`.
std::pair<int, int> fy_month(int fy, int n) {
    int m = 3 + n;  // n = 1 -> April
    return m > 12 ? std::pair{fy + 1, m - 12} : std::pair{fy, m};
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
    if (text.size() == 10 && text.substr(7, 2) == " Q") {
        int q = 0;
        auto fy = parse_financial_year(text.substr(0, 7));
        if (fy && to_int(text.substr(9, 1), q) && q >= 1 && q <= 4) return quarter(*fy, q);
        return std::nullopt;
    }
    if (auto fy = parse_financial_year(text)) return financial_year(*fy);
    int y = 0, m = 0;
    if (text.size() == 7 && text[4] == '-' && to_int(text.substr(0, 4), y) && to_int(text.substr(5, 2), m) && m >= 1 &&
        m <= 12 && y >= 1990 && y <= 2100) {
        return month(y, m);
    }
    return std::nullopt;
}

std::string Period::code() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return fmt::format("{}-{:02} Q{}", year_, (year_ + 1) % 100, index_);
        case PeriodKind::financial_year:
            return fmt::format("{}-{:02}", year_, (year_ + 1) % 100);
        case PeriodKind::month:
            break;
    }
    return fmt::format("{}-{:02}", year_, index_);
}

std::string Period::slug() const {
    std::string s = code();
    for (auto& c : s) {
        if (c == ' ') c = '-';
        if (c == 'Q') c = 'q';
    }
    return s;
}

std::string Period::kind_name() const {
    return kind_name(kind_);
}

std::string Period::kind_name(PeriodKind kind) {
    switch (kind) {
        case PeriodKind::quarter:
            return "quarter";
        case PeriodKind::financial_year:
            return "financial year";
        case PeriodKind::month:
            break;
    }
    return "month";
}

int Period::start_year() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return fy_month(year_, (index_ - 1) * 3 + 1).first;
        case PeriodKind::financial_year:
            return year_;
        case PeriodKind::month:
            break;
    }
    return year_;
}

int Period::start_month() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return fy_month(year_, (index_ - 1) * 3 + 1).second;
        case PeriodKind::financial_year:
            return 4;
        case PeriodKind::month:
            break;
    }
    return index_;
}

std::string Period::label() const {
    auto name = [](int m) { return month_names[static_cast<std::size_t>(m - 1)]; };
    switch (kind_) {
        case PeriodKind::quarter: {
            auto [ey, em] = fy_month(year_, index_ * 3);
            return fmt::format("{} to {} {}", name(start_month()), name(em), ey);
        }
        case PeriodKind::financial_year:
            return fmt::format("April {} to March {}", year_, year_ + 1);
        case PeriodKind::month:
            break;
    }
    return fmt::format("{} {}", name(index_), year_);
}

std::string Period::start_iso() const {
    return fmt::format("{}-{:02}-01", start_year(), start_month());
}

std::string Period::end_iso() const {
    int y = year_, m = index_;
    switch (kind_) {
        case PeriodKind::quarter:
            std::tie(y, m) = fy_month(year_, index_ * 3);
            break;
        case PeriodKind::financial_year:
            y = year_ + 1;
            m = 3;
            break;
        case PeriodKind::month:
            break;
    }
    return fmt::format("{}-{:02}-{:02}", y, m, days_in(y, m));
}

int Period::periods_per_year() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return 4;
        case PeriodKind::financial_year:
            return 1;
        case PeriodKind::month:
            break;
    }
    return 12;
}

Period Period::next() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return index_ == 4 ? quarter(year_ + 1, 1) : quarter(year_, index_ + 1);
        case PeriodKind::financial_year:
            return financial_year(year_ + 1);
        case PeriodKind::month:
            break;
    }
    return index_ == 12 ? month(year_ + 1, 1) : month(year_, index_ + 1);
}

Period Period::previous() const {
    switch (kind_) {
        case PeriodKind::quarter:
            return index_ == 1 ? quarter(year_ - 1, 4) : quarter(year_, index_ - 1);
        case PeriodKind::financial_year:
            return financial_year(year_ - 1);
        case PeriodKind::month:
            break;
    }
    return index_ == 1 ? month(year_ - 1, 12) : month(year_, index_ - 1);
}

Period Period::same_period_last_year() const {
    return {kind_, year_ - 1, index_};
}

std::vector<Period> Period::year_to_date(PeriodKind kind) const {
    int fy = financial_year_start();
    Period x = kind == PeriodKind::month     ? month(fy, 4)
               : kind == PeriodKind::quarter ? quarter(fy, 1)
                                             : financial_year(fy);
    std::vector<Period> out;
    for (; x.end_iso() <= end_iso() && out.size() < 12; x = x.next()) out.push_back(x);
    return out;
}

}  // namespace candour
