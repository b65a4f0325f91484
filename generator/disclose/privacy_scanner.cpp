#include "disclose/privacy_scanner.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace candour {

// Running a std::regex over every byte of every page is slow at national
// scale (tens of megabytes). Each kind of detail instead has a cheap way to
// find where one could start, and the regex is only tried on a short window
// there.

namespace {

constexpr auto icase = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;
constexpr auto exact = std::regex::ECMAScript | std::regex::optimize;

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// UK numbers have 10 or 11 digits from the leading 0 (+44 stands for it),
// and start 01, 02, 03, 05, 07, 08 or 09.
bool is_uk_phone(const std::string& match) {
    std::string d;
    for (char c : match) {
        if (is_digit(c)) d += c;
    }
    if (d.rfind("44", 0) == 0 && match.find('+') != std::string::npos) d = "0" + d.substr(2);
    if (d.size() == 12 && d.rfind("00", 0) == 0) d = d.substr(1);  // +44 (0) written out
    if (d.size() < 10 || d.size() > 11 || d[0] != '0') return false;
    return std::string_view("1235789").find(d[1]) != std::string_view::npos;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The literal text every match of `pattern` starts with, after any \b, or
// "" when there is none to search for.
std::string literal_prefix(const std::string& pattern) {
    std::string_view p = pattern;
    while (p.rfind("\\b", 0) == 0 || p.rfind("^", 0) == 0) p.remove_prefix(p[0] == '^' ? 1 : 2);
    std::string out;
    for (std::size_t i = 0; i < p.size() && std::isalnum(static_cast<unsigned char>(p[i])); ++i) {
        bool quantified = i + 1 < p.size() && std::string_view("?*{").find(p[i + 1]) != std::string_view::npos;
        if (quantified) break;
        out += p[i];
    }
    return out;
}

// Offsets where an email could sit: around each '@'.
void email_starts(std::string_view text, std::vector<std::size_t>& out) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        std::size_t start = at;
        while (start > 0 && (is_word(text[start - 1]) || std::string_view(".%+-").find(text[start - 1]) != std::string_view::npos)) --start;
        if (start < at) out.push_back(start);
    }
}

// A 0, a +44 or a "(0" that does not continue a longer number or word.
void phone_starts(std::string_view text, std::vector<std::size_t>& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool start = c == '0' || (c == '+' && text.substr(i, 3) == "+44") || (c == '(' && i + 1 < text.size() && text[i + 1] == '0');
        if (!start) continue;
        if (i > 0 && (is_word(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '(')) continue;
        out.push_back(i);
    }
}

// An upper-case letter at the start of a word: postcodes and NI numbers.
void capital_starts(std::string_view text, std::vector<std::size_t>& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_upper(text[i]) && (i == 0 || !is_word(text[i - 1])) && i + 1 < text.size() &&
            (is_upper(text[i + 1]) || is_digit(text[i + 1]))) {
            out.push_back(i);
        }
    }
}

void keyword_starts(std::string_view text, const std::vector<std::string>& keywords, std::vector<std::size_t>& out) {
    std::string low = lower(text);
    for (const auto& k : keywords) {
        for (std::size_t at = low.find(k); at != std::string::npos; at = low.find(k, at + 1)) {
            if (at == 0 || !is_word(low[at - 1])) out.push_back(at);
        }
    }
    std::sort(out.begin(), out.end());
}

void literal_starts(std::string_view text, const std::string& literal, std::vector<std::size_t>& out) {
    for (std::size_t at = text.find(literal); at != std::string_view::npos; at = text.find(literal, at + 1)) {
        out.push_back(at);
    }
}

const std::vector<std::string> birth_words = {"date of birth", "d.o.b", "dob", "born"};

}  // namespace

std::string normalise_for_match(std::string_view text, bool digits_only) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (digits_only) {
            if (is_digit(c)) out += c;
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
    const std::string months =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    patterns_.push_back({std::regex(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", exact), "email address",
                         nullptr, Finder::at_sign, 80, ""});
    patterns_.push_back({std::regex(R"((?:\+44[ \-]?(?:\(0\)[ \-]?)?|\(?0)\d[\d \-()]{7,14}\d)", exact), "phone number",
                         is_uk_phone, Finder::phone, 24, ""});
    patterns_.push_back({std::regex(R"((?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][ABD-HJLNP-UW-Z]{2}\b)", exact), "postcode",
                         nullptr, Finder::capital, 9, ""});
    patterns_.push_back({std::regex(R"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)", exact),
                         "National Insurance number", nullptr, Finder::capital, 14, ""});
    patterns_.push_back(
        {std::regex("(?:date of birth|d\\.o\\.b\\.?|dob|born(?: on| in)?)[\\s:,\\-]*(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:19|20)?"
                    "\\d{2}\\b|(?:\\d{1,2}(?:st|nd|rd|th)? )?" + months + "\\.? (?:19|20)\\d{2}\\b|(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b)",
                    icase),
         "date of birth", nullptr, Finder::birth, 60, ""});
    for (const auto& [pattern, pos] : config.privacy.crime_reference_patterns) {
        try {
            patterns_.push_back({std::regex(pattern, exact), "crime reference number", nullptr, Finder::literal, 64,
                                 literal_prefix(pattern)});
        } catch (const std::regex_error& e) {
            diags.error(pos, fmt::format("crime reference pattern '{}' is not a valid regular expression", pattern),
                        "for example '\\bNM\\d{2}/\\d{6}\\b'; backslashes must be written inside single quotes");
        }
    }
    for (const auto& term : config.privacy.terms) {
        if (!term.empty()) terms_.push_back(lower(term));
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

std::vector<std::size_t> PrivacyScanner::candidates(std::string_view text, const Pattern& p) const {
    std::vector<std::size_t> starts;
    switch (p.finder) {
        case Finder::at_sign: email_starts(text, starts); break;
        case Finder::phone: phone_starts(text, starts); break;
        case Finder::capital: capital_starts(text, starts); break;
        case Finder::birth: keyword_starts(text, birth_words, starts); break;
        case Finder::literal:
            if (p.literal.empty()) {
                for (std::size_t i = 0; i < text.size(); ++i) starts.push_back(i);  // no shortcut: try everywhere
            } else {
                literal_starts(text, p.literal, starts);
            }
            break;
    }
    return starts;
}

void PrivacyScanner::scan_pattern(std::string_view text, const Pattern& p, std::vector<PrivacyHit>& hits) const {
    std::size_t covered = 0;  // a match is not found again from inside itself
    for (std::size_t start : candidates(text, p)) {
        if (start < covered) continue;
        std::string_view window = text.substr(start, p.window);
        std::cmatch m;
        if (!std::regex_search(window.begin(), window.end(), m, p.regex, std::regex_constants::match_continuous)) continue;
        std::size_t end = start + static_cast<std::size_t>(m.length(0));
        // The match must end where a word does (the window may cut a word).
        if (end < text.size() && end == start + window.size() && is_word(text[end])) continue;
        PrivacyHit hit{start, m.str(0), p.kind};
        if (p.accept && !p.accept(hit.text)) continue;
        covered = end;
        if (!allowed(hit)) hits.push_back(std::move(hit));
    }
}

void PrivacyScanner::scan_terms(std::string_view text, std::vector<PrivacyHit>& hits) const {
    if (terms_.empty()) return;
    std::string low = lower(text);
    for (const auto& term : terms_) {
        for (std::size_t at = low.find(term); at != std::string::npos; at = low.find(term, at + 1)) {
            std::size_t end = at + term.size();
            bool whole = (at == 0 || !is_word(low[at - 1])) && (end >= low.size() || !is_word(low[end]));
            if (whole) hits.push_back({at, std::string(text.substr(at, term.size())), "listed name or term"});
        }
    }
}

std::vector<PrivacyHit> PrivacyScanner::scan(std::string_view text) const {
    std::vector<PrivacyHit> hits;
    for (const auto& p : patterns_) scan_pattern(text, p, hits);
    scan_terms(text, hits);
    std::sort(hits.begin(), hits.end(), [](const PrivacyHit& a, const PrivacyHit& b) {
        return std::tie(a.offset, a.kind) < std::tie(b.offset, b.kind);
    });
    return hits;
}

}  // namespace candour
