#pragma once
// Finds text that could identify someone: email addresses, UK phone
// numbers, full postcodes, National Insurance numbers, dates of birth,
// crime reference numbers (patterns set per force) and listed names and
// terms. Allowed text (the organisation's own public contacts) is skipped.
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "load/site_config.hpp"

namespace candour {

struct PrivacyHit {
    std::size_t offset = 0;  // byte offset in the scanned text
    std::string text;        // what matched
    std::string kind;        // "email address", "phone number", ...
};

class PrivacyScanner {
public:
    // Bad crime-reference patterns are reported at their place in site.yaml.
    PrivacyScanner(const SiteConfig& config, Diagnostics& diags);

    std::vector<PrivacyHit> scan(std::string_view text) const;

private:
    struct Pattern {
        std::regex regex;
        std::string kind;
        bool (*accept)(const std::string&) = nullptr;  // a further check on a match
    };
    bool allowed(const PrivacyHit& hit) const;

    std::vector<Pattern> patterns_;
    std::vector<std::string> allowed_;  // normalised
};

// Lower case, single spaces; digits only for phone numbers.
std::string normalise_for_match(std::string_view text, bool digits_only);

}  // namespace candour
