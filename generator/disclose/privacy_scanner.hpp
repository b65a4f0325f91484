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
    // How to find the places a match could start, cheaply.
    enum class Finder { at_sign, phone, capital, birth, literal };
    struct Pattern {
        std::regex regex;
        std::string kind;
        bool (*accept)(const std::string&) = nullptr;  // a further check on a match
        Finder finder = Finder::literal;
        std::size_t window = 64;  // longest match, in bytes
        std::string literal;      // Finder::literal: text every match starts with
    };
    bool allowed(const PrivacyHit& hit) const;
    std::vector<std::size_t> candidates(std::string_view text, const Pattern& p) const;
    void scan_pattern(std::string_view text, const Pattern& p, std::vector<PrivacyHit>& hits) const;
    void scan_terms(std::string_view text, std::vector<PrivacyHit>& hits) const;

    std::vector<Pattern> patterns_;
    std::vector<std::string> terms_;    // lower case
    std::vector<std::string> allowed_;  // normalised
};

// What to do about a hit, for every message of the gate.
inline constexpr const char* privacy_hint =
    "remove it. If it is public (such as the organisation's own contact details) add it to 'privacy: allow:' in "
    "site.yaml, or approve this one occurrence in the page's front matter under 'privacy_approvals'";

// Lower case, single spaces; digits only for phone numbers.
std::string normalise_for_match(std::string_view text, bool digits_only);

}  // namespace candour
