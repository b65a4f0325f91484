#pragma once
// Finds text that could identify someone in normalised text: email
// addresses, phone numbers, postcodes, National Insurance numbers, dates of
// birth, crime reference numbers, names with an age or a title, street
// addresses, and the names and terms listed in site.yaml. Text the site
// allows everywhere (its own contacts, privacy: allow:) is left out.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "load/site_config.hpp"
#include "privacy/match_key.hpp"
#include "privacy/normalised_text.hpp"

namespace candour {

namespace detect {
class Detector;
}

struct PrivacyHit {
    std::size_t offset = 0;  // in the normalised text
    std::string text;        // what matched, normalised
    std::string kind;        // "email address", "phone number", ...
};

class PrivacyScanner {
public:
    // A bad crime reference pattern is reported at its place in site.yaml.
    PrivacyScanner(const SiteConfig& config, Diagnostics& diags);
    ~PrivacyScanner();

    std::vector<PrivacyHit> scan(const NormalisedText& text) const;
    std::vector<PrivacyHit> scan(std::string_view plain) const;  // normalised first
    bool allowed(std::string_view normalised_hit) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Detectors = std::vector<const detect::Detector*>;
    void add(std::unique_ptr<detect::Detector> d);
    const Detectors* keyword(std::string_view word) const;

    std::vector<std::unique_ptr<detect::Detector>> detectors_;
    std::unordered_map<std::string, Detectors, Hash, std::equal_to<>> by_word_;
    std::vector<bool> first_two_;  // by the first two bytes of a keyword, to skip most lookups
    std::size_t longest_word_ = 0;
    Detectors digit_words_, letter_words_, at_sign_;
    std::vector<MatchKey> allowed_;
};

// What to do about a hit, for every message of the gate.
inline constexpr const char* privacy_hint =
    "remove it. If it is public (such as the organisation's own contact details, or the Commissioner's name) add it "
    "to 'privacy: allow:' in site.yaml, or approve this one occurrence in the page's front matter under "
    "'privacy_approvals'";

}  // namespace candour
