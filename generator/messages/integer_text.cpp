#include "messages/integer_text.hpp"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>

#include <map>

namespace candour {

namespace {

icu::number::LocalizedNumberFormatter formatter_for(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale loc = icu::Locale::forLanguageTag(language, status);
    if (U_FAILURE(status)) loc = icu::Locale::getRoot();
    return icu::number::NumberFormatter::withLocale(loc).grouping(UNUM_GROUPING_OFF);
}

}  // namespace

std::string integer_text(long long value, const std::string& language) {
    // A formatter is costly to make and used for every date on every page:
    // one a thread and language.
    thread_local std::map<std::string, icu::number::LocalizedNumberFormatter> formatters;
    auto it = formatters.find(language);
    if (it == formatters.end()) it = formatters.emplace(language, formatter_for(language)).first;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString formatted = it->second.formatInt(static_cast<int64_t>(value), status).toString(status);
    if (U_FAILURE(status)) return std::to_string(value);
    std::string out;
    formatted.toUTF8String(out);
    return out;
}

}  // namespace candour
