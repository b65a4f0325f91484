#include "disclose/privacy_scanner.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace candour {

namespace {

constexpr auto icase = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;
constexpr auto exact = std::regex::ECMAScript | std::regex::optimize;

const char* months =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

// UK numbers have 10 or 11 digits from the leading 0 (+44 stands for it),
// and start 01, 02, 03, 05, 07, 08 or 09.
bool is_uk_phone(const std::string& match) {
    std::string d;
    for (char c : match) {
        if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    }
    if (d.rfind("44", 0) == 0 && match.find('+') != std::string::npos) d = "0" + d.substr(2);
    if (d.size() == 12 && d.rfind("00", 0) == 0) d = d.substr(1);  // +44 (0) written out
    if (d.size() < 10 || d.size() > 11 || d[0] != '0') return false;
    return std::string_view("1235789").find(d[1]) != std::string_view::npos;
}

std::string escape_regex(const std::string& s) {
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string out;
    for (char c : s) {
        if (special.find(c) != std::string::npos) out += '\\';
        out += c;
    }
    return out;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::string normalise_for_match(std::string_view text, bool digits_only) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (digits_only) {
            if (std::isdigit(static_cast<unsigned char>(c))) out += c;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

PrivacyScanner::PrivacyScanner(const SiteConfig& config, Diagnostics& diags) {
    patterns_.push_back({std::regex(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", exact), "email address"});
    patterns_.push_back({std::regex(R"((?:\+44[ \-]?(?:\(0\)[ \-]?)?|\(?0)\d[\d \-()]{7,14}\d)", exact), "phone number",
                         is_uk_phone});
    patterns_.push_back({std::regex(R"(\b(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][ABD-HJLNP-UW-Z]{2}\b)", exact), "postcode"});
    patterns_.push_back({std::regex(R"(\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)", exact),
                         "National Insurance number"});
    patterns_.push_back({std::regex(fmt::format(R"(\b(?:date of birth|d\.o\.b\.?|dob|born(?: on| in)?)[\s:,\-]*(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}\b|(?:\d{{1,2}}(?:st|nd|rd|th)? )?{}\.? (?:19|20)\d{{2}}\b|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b))", months), icase),
                         "date of birth"});
    for (const auto& [pattern, pos] : config.privacy.crime_reference_patterns) {
        try {
            patterns_.push_back({std::regex(pattern, exact), "crime reference number"});
        } catch (const std::regex_error& e) {
            diags.error(pos, fmt::format("crime reference pattern '{}' is not a valid regular expression", pattern),
                        "for example '\\bNM\\d{2}/\\d{6}\\b'; backslashes must be written inside single quotes");
        }
    }
    for (const auto& term : config.privacy.terms) {
        if (term.empty()) continue;
        patterns_.push_back({std::regex("\\b" + escape_regex(term) + "\\b", icase), "listed name or term"});
    }
    for (const auto& a : config.privacy.allow) allowed_.push_back(normalise_for_match(a, false));
    if (!config.contact.email.empty()) allowed_.push_back(normalise_for_match(config.contact.email, false));
    if (!config.contact.phone.empty()) allowed_.push_back(normalise_for_match(config.contact.phone, false));
}

bool PrivacyScanner::allowed(const PrivacyHit& hit) const {
    bool phone = hit.kind == "phone number";
    std::string text = normalise_for_match(hit.text, phone);
    return std::any_of(allowed_.begin(), allowed_.end(), [&](const std::string& a) {
        return phone ? normalise_for_match(a, true) == text : a == text;
    });
}

std::vector<PrivacyHit> PrivacyScanner::scan(std::string_view text) const {
    std::vector<PrivacyHit> hits;
    for (const auto& p : patterns_) {
        for (std::cregex_iterator it(text.begin(), text.end(), p.regex), end; it != end; ++it) {
            auto offset = static_cast<std::size_t>(it->position());
            // Part of a longer number or word is not a match of its own.
            if (offset > 0 && p.kind == "phone number" && (word_char(text[offset - 1]) || text[offset - 1] == '.')) continue;
            PrivacyHit hit{offset, it->str(), p.kind};
            if (p.accept && !p.accept(hit.text)) continue;
            if (!allowed(hit)) hits.push_back(std::move(hit));
        }
    }
    std::sort(hits.begin(), hits.end(), [](const PrivacyHit& a, const PrivacyHit& b) { return a.offset < b.offset; });
    return hits;
}

}  // namespace candour
