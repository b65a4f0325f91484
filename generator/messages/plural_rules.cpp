#include "messages/plural_rules.hpp"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace candour {

namespace {

const std::vector<std::string> cldr_order = {"zero", "one", "two", "few", "many", "other"};

icu::Locale locale_of(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale loc = icu::Locale::forLanguageTag(language, status);
    if (U_FAILURE(status)) return icu::Locale::getRoot();
    return loc;
}

std::unique_ptr<icu::PluralRules> rules_for(const icu::Locale& loc) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(loc, status));
    if (U_FAILURE(status) || !rules)
        throw std::runtime_error("ICU has no plural rules for " + std::string(loc.getName()));
    return rules;
}

}  // namespace

PluralRules::PluralRules(const std::string& language) : language_(language), rules_(rules_for(locale_of(language))) {
    for (const auto& c : cldr_order) {
        if (rules_->isKeyword(icu::UnicodeString::fromUTF8(c))) categories_.push_back(c);
    }
}

std::size_t PluralRules::select(double value, int decimals) const {
    UErrorCode status = U_ZERO_ERROR;
    auto formatted = icu::number::NumberFormatter::withLocale(locale_of(language_))
                         .precision(icu::number::Precision::fixedFraction(std::max(decimals, 0)))
                         .formatDouble(value, status);
    icu::UnicodeString keyword = rules_->select(formatted, status);
    if (U_FAILURE(status)) keyword = "other";
    std::string name;
    keyword.toUTF8String(name);
    auto it = std::find(categories_.begin(), categories_.end(), name);
    if (it == categories_.end()) it = std::find(categories_.begin(), categories_.end(), "other");
    return static_cast<std::size_t>(it - categories_.begin());
}

}  // namespace candour
