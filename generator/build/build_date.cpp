#include "build/build_date.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <string_view>

#include "accountability/progress.hpp"

namespace candour {

namespace {

std::optional<long long> source_date_epoch() {
    const char* env = std::getenv("SOURCE_DATE_EPOCH");
    if (!env) return std::nullopt;
    std::string_view text(env);
    long long seconds = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || ptr != text.data() + text.size() || seconds < 0) return std::nullopt;
    return seconds;
}

}  // namespace

Date build_date(const std::optional<Date>& fixed) {
    if (fixed) return *fixed;
    long long seconds = 0;
    if (auto epoch = source_date_epoch()) {
        seconds = *epoch;
    } else {
        seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                      .count();
    }
    return date_from_day_number(static_cast<int>(seconds / 86400));
}

}  // namespace candour
