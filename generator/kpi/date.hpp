#pragma once
// Calendar dates written YYYY-MM-DD, shown as "14 November 2024".
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace candour {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;

    std::string iso() const;  // 2024-11-14
    // 14 November 2024, in English, for editors' messages and data files;
    // pages use date_label() (messages/period_words.hpp), in the theme's words.
    std::string display() const;
};

std::optional<Date> parse_date(std::string_view text);

// Today's date in the local time zone of the machine running candour.
Date local_today();

}  // namespace candour
