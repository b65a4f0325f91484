#include <algorithm>
#include <iterator>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// Full UK postcodes in any case: "M1 1AE", "m1 1ae", "SW1A 1AA", "EC1A1BB".
// Written in capitals, any postcode-shaped text is caught (a made-up area
// too). In lower or mixed case the area must be a real one, and "q4 2nd" or
// "m1 1st" (an ordinal) is not a postcode, so ordinary words pass.

namespace {

constexpr std::string_view areas[] = {
    "ab", "al", "b",  "ba", "bb", "bd", "bh", "bl", "bn", "br", "bs", "bt", "ca", "cb", "cf", "ch", "cm", "co",
    "cr", "ct", "cv", "cw", "da", "dd", "de", "dg", "dh", "dl", "dn", "dt", "dy", "e",  "ec", "eh", "en", "ex",
    "fk", "fy", "g",  "gl", "gu", "gy", "ha", "hd", "hg", "hp", "hr", "hs", "hu", "hx", "ig", "im", "ip", "iv",
    "je", "ka", "kt", "kw", "ky", "l",  "la", "ld", "le", "ll", "ln", "ls", "lu", "m",  "me", "mk", "ml", "n",
    "ne", "ng", "nn", "np", "nr", "nw", "ol", "ox", "pa", "pe", "ph", "pl", "po", "pr", "rg", "rh", "rm", "s",
    "sa", "se", "sg", "sk", "sl", "sm", "sn", "so", "sp", "sr", "ss", "st", "sw", "sy", "ta", "td", "tf", "tn",
    "tq", "tr", "ts", "tw", "ub", "w",  "wa", "wc", "wd", "wf", "wn", "wr", "ws", "wv", "yo", "ze"};

bool ascii_letter(char c) {
    return c >= 'a' && c <= 'z';
}
bool digit(char c) {
    return c >= '0' && c <= '9';
}
// The two letters at the end of a postcode never include C, I, K, M, O or V.
bool inward_letter(char c) {
    return ascii_letter(c) && std::string_view("cikmov").find(c) == std::string_view::npos;
}

// "m1", "m60", "sw1a", "ec1a", "b33", "cr2": the outward code.
bool outward(std::string_view s) {
    std::size_t letters = 0;
    while (letters < s.size() && ascii_letter(s[letters])) ++letters;
    if (letters < 1 || letters > 2 || letters + 1 > s.size() || !digit(s[letters])) return false;
    std::string_view rest = s.substr(letters + 1);
    return rest.empty() || (rest.size() == 1 && (digit(rest[0]) || ascii_letter(rest[0])));
}

bool inward(std::string_view s) {
    return s.size() == 3 && digit(s[0]) && inward_letter(s[1]) && inward_letter(s[2]);
}

bool ordinal(std::string_view s) {
    return s == "1st" || s == "2nd" || s == "3rd" || (s.size() == 3 && digit(s[0]) && s.substr(1) == "th");
}

bool capitals(const ScanView& v, std::size_t start, std::size_t end) {
    for (std::size_t i = start; i < end; ++i) {
        if (ascii_letter(v.at(i)) && !v.upper(i)) return false;
    }
    return true;
}

bool hex(std::string_view word) {
    return word.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

bool real_area(std::string_view out) {
    std::size_t letters = ascii_letter(out[1]) ? 2 : 1;
    return std::find(std::begin(areas), std::end(areas), out.substr(0, letters)) != std::end(areas);
}

class PostcodeDetector final : public Detector {
public:
    std::string kind() const override { return "postcode"; }
    Triggers triggers() const override { return {{}, false, true, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        std::string_view word = v.slice(start, end);
        if (word.size() < 2 || word.size() > 7 || !(digit(word[1]) || (word.size() > 2 && digit(word[2])))) {
            return std::nullopt;
        }
        std::string_view out, in;
        std::size_t match_end = end;
        if (word.size() >= 5 && outward(word.substr(0, word.size() - 3)) && inward(word.substr(word.size() - 3))) {
            out = word.substr(0, word.size() - 3);  // written without a space
            in = word.substr(word.size() - 3);
        } else if (outward(word) && v.at(end) == ' ' && inward(v.slice(end + 1, v.word_end(end + 1)))) {
            out = word;
            match_end = v.word_end(end + 1);
            in = v.slice(end + 1, match_end);
        } else {
            return std::nullopt;
        }
        bool upper = capitals(v, start, match_end);
        if (!upper && (!real_area(out) || ordinal(in))) return std::nullopt;
        if (start > 0 && v.at(start - 1) == '#') return std::nullopt;      // a colour: "#b0d9ff"
        if (!upper && match_end == end && hex(word)) return std::nullopt;  // "b0d9ff" in a script
        return Match{start, match_end};
    }
};

}  // namespace

std::unique_ptr<Detector> postcode_detector() {
    return std::make_unique<PostcodeDetector>();
}

}  // namespace candour::detect
