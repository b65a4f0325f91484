#include <algorithm>
#include <iterator>

#include "privacy/detect/detectors.hpp"
#include "privacy/detect/words.hpp"

namespace candour::detect {

// Street addresses: a house number, one to three words and a street word:
// "14 Marsh Lane", "3a Station Road", "221 baker street". Words that are
// also ordinary English ("Way", "Close", "Park", "View") count only when the
// address is written with capitals, and function words ("in 2023 the way")
// never name a street. The organisation's own address belongs in site.yaml
// (contact: address:), which is always allowed.

namespace {

// Street words nobody uses in a sentence otherwise.
constexpr std::string_view plain_streets[] = {"road", "rd",       "street",    "lane",    "ln",   "avenue",
                                              "ave",  "crescent", "cres",      "gardens", "gdns", "terrace",
                                              "tce",  "mews",     "boulevard", "parade"};
// Street words that are ordinary words too.
constexpr std::string_view capital_streets[] = {
    "way",  "close", "drive", "dr",   "court",  "ct", "place", "pl",    "walk", "hill", "row",  "rise",
    "view", "green", "park",  "gate", "square", "sq", "yard",  "grove", "st",   "cl",   "vale", "wharf"};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view w) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

std::vector<std::string> all_street_words() {
    std::vector<std::string> out(std::begin(plain_streets), std::end(plain_streets));
    out.insert(out.end(), std::begin(capital_streets), std::end(capital_streets));
    return out;
}

class StreetAddressDetector final : public Detector {
public:
    std::string kind() const override { return "street address"; }
    Triggers triggers() const override { return {all_street_words(), false, false, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        bool capitals_needed = listed(capital_streets, v.slice(start, end));
        if (capitals_needed && !v.upper(start)) return std::nullopt;
        std::size_t i = start;
        for (int words = 0; words < 3; ++words) {
            if (i < 2 || v.at(i - 1) != ' ') return std::nullopt;
            std::size_t s = v.word_start_before(i - 1);
            std::string_view w = v.slice(s, i - 1);
            if (s < i - 1 && house_number(w) && words > 0 && number_stands_alone(v, s)) return Match{s, end};
            if (w.empty() || !v.letter(s) || is_function_word(w)) return std::nullopt;
            if (capitals_needed && !v.upper(s)) return std::nullopt;
            // "Marsh-Green Lane": a hyphenated word
            while (s > 1 && v.at(s - 1) == '-' && v.letter(s - 2)) s = v.word_start_before(s - 1);
            i = s;
        }
        return std::nullopt;
    }

private:
    // "14", "3a", "221b"
    static bool house_number(std::string_view w) {
        std::size_t d = 0;
        while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
        return d >= 1 && d <= 4 && w.size() - d <= 1 && w[0] != '0';
    }
    // Not the end of a larger figure such as "2,000".
    static bool number_stands_alone(const ScanView& v, std::size_t s) {
        if (s == 0) return true;
        char c = v.at(s - 1);
        return !((c == ',' || c == '.') && s > 1 && v.digit(s - 2)) && c != '-' && c != '/';
    }
};

}  // namespace

std::unique_ptr<Detector> street_address_detector() {
    return std::make_unique<StreetAddressDetector>();
}

}  // namespace candour::detect
