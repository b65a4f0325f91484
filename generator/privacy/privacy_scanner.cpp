#include "privacy/privacy_scanner.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "privacy/detect/detectors.hpp"

namespace candour {

namespace {

bool word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

std::size_t two_bytes(std::string_view w) {
    auto a = static_cast<unsigned char>(w[0]);
    auto b = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    return (static_cast<std::size_t>(a) << 8) | b;
}

// One occurrence per kind: a match inside another of its kind is the same detail.
void drop_overlaps(std::vector<PrivacyHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const PrivacyHit& a, const PrivacyHit& b) {
        return std::tie(a.kind, a.offset) < std::tie(b.kind, b.offset);
    });
    std::vector<PrivacyHit> kept;
    for (auto& h : hits) {
        if (!kept.empty() && kept.back().kind == h.kind && h.offset < kept.back().offset + kept.back().text.size()) {
            continue;
        }
        kept.push_back(std::move(h));
    }
    std::sort(kept.begin(), kept.end(), [](const PrivacyHit& a, const PrivacyHit& b) {
        return std::tie(a.offset, a.kind) < std::tie(b.offset, b.kind);
    });
    hits = std::move(kept);
}

}  // namespace

PrivacyScanner::PrivacyScanner(const SiteConfig& config, Diagnostics& diags) : first_two_(1 << 16, false) {
    add(detect::email_detector());
    add(detect::phone_detector());
    add(detect::postcode_detector());
    add(detect::national_insurance_detector());
    add(detect::birth_date_detector());
    add(detect::crime_reference_detector());
    add(detect::name_with_age_detector());
    add(detect::titled_name_detector());
    add(detect::street_address_detector());
    for (const auto& [pattern, pos] : config.privacy.crime_reference_patterns) {
        std::string error;
        auto d = detect::crime_reference_pattern(pattern, error);
        if (d) {
            add(std::move(d));
        } else {
            diags.error(pos, fmt::format("crime reference pattern '{}' is not a valid regular expression", pattern),
                        "for example '\\bNM\\d{2}/\\d{6}\\b'; backslashes must be written inside single quotes");
        }
    }
    std::vector<std::string> terms;
    for (const auto& term : config.privacy.terms) {
        std::string t = normalise_plain(term).text;
        if (!t.empty()) terms.push_back(t);
    }
    if (!terms.empty()) add(detect::term_detector(std::move(terms)));

    std::vector<std::string> allowed = config.privacy.allow;
    for (const auto* own : {&config.contact.email, &config.contact.phone, &config.contact.address}) {
        if (!own->empty()) allowed.push_back(*own);
    }
    for (const auto& a : allowed) allowed_.push_back(match_key(normalise_plain(a).text));
}

PrivacyScanner::~PrivacyScanner() = default;

void PrivacyScanner::add(std::unique_ptr<detect::Detector> d) {
    detect::Triggers t = d->triggers();
    for (const auto& w : t.words) {
        if (w.empty()) continue;
        by_word_[w].push_back(d.get());
        first_two_[two_bytes(w)] = true;
        longest_word_ = std::max(longest_word_, w.size());
    }
    if (t.digit_words) digit_words_.push_back(d.get());
    if (t.letter_words) letter_words_.push_back(d.get());
    if (t.at_sign) at_sign_.push_back(d.get());
    detectors_.push_back(std::move(d));
}

const PrivacyScanner::Detectors* PrivacyScanner::keyword(std::string_view word) const {
    if (word.size() > longest_word_ || !first_two_[two_bytes(word)]) return nullptr;
    auto it = by_word_.find(word);
    return it == by_word_.end() ? nullptr : &it->second;
}

bool PrivacyScanner::allowed(std::string_view normalised_hit) const {
    std::string key = match_key(normalised_hit).key;
    return std::any_of(allowed_.begin(), allowed_.end(), [&](const MatchKey& a) { return a.contains_whole(key); });
}

// One pass over the text, word by word; each detector looks closer only at
// the words it asked for (detect/detector.hpp).
std::vector<PrivacyHit> PrivacyScanner::scan(const NormalisedText& t) const {
    detect::ScanView v(t);
    std::vector<PrivacyHit> hits;
    auto run = [&](const Detectors& ds, std::size_t start, std::size_t end) {
        for (const auto* d : ds) {
            if (auto m = d->match_at(v, start, end))
                hits.push_back({m->start, std::string(v.slice(m->start, m->end)), d->kind()});
        }
    };
    const std::string& s = t.text;
    for (std::size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '@') {
            run(at_sign_, i, i + 1);
            ++i;
            continue;
        }
        if (!word_byte(c) || (i > 0 && word_byte(s[i - 1]))) {
            ++i;
            continue;
        }
        std::size_t e = i + 1;
        while (e < s.size() && word_byte(s[e])) ++e;
        run(c >= '0' && c <= '9' ? digit_words_ : letter_words_, i, e);
        if (const Detectors* ds = keyword(std::string_view(s).substr(i, e - i))) run(*ds, i, e);
        i = e;
    }
    drop_overlaps(hits);
    std::erase_if(hits, [&](const PrivacyHit& h) { return allowed(h.text); });
    return hits;
}

std::vector<PrivacyHit> PrivacyScanner::scan(std::string_view plain) const {
    return scan(normalise_plain(plain));
}

}  // namespace candour
