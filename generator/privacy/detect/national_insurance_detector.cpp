#include <string_view>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// National Insurance numbers in any case, with or without spaces or dashes:
// "AB123456C", "ab 12 34 56 c". On its own a number must have a prefix HMRC
// issues and a final letter A to D; after the words "National Insurance",
// "NI number" or "NINO" anything NI-shaped is caught, even "QQ 12 34 56" or
// one without its last letter.

namespace {

bool letter(char c) {
    return c >= 'a' && c <= 'z';
}
bool gap(char c) {
    return c == ' ' || c == '-';
}

// HMRC never uses D, F, I, Q, U or V first, nor those and O second.
bool issued_prefix(char a, char b) {
    return std::string_view("dfiquv").find(a) == std::string_view::npos &&
           std::string_view("dfioquv").find(b) == std::string_view::npos;
}

struct Shape {
    std::size_t end = 0;
    bool suffix = false;
};

// Two letters, six digits in pairs or together, and maybe a letter, from `i`.
std::optional<Shape> ni_shape(const ScanView& v, std::size_t i, bool any_suffix) {
    if (!letter(v.at(i)) || !letter(v.at(i + 1))) return std::nullopt;
    std::size_t j = i + 2;
    for (int pair = 0; pair < 3; ++pair) {
        if (gap(v.at(j)) && v.digit(j + 1)) ++j;
        if (!v.digit(j) || !v.digit(j + 1)) return std::nullopt;
        j += 2;
    }
    if (v.digit(j)) return std::nullopt;
    Shape s{j, false};
    std::size_t k = gap(v.at(j)) ? j + 1 : j;
    char c = v.at(k);
    if (letter(c) && !v.word(k + 1) && (any_suffix || (c >= 'a' && c <= 'd'))) s = {k + 1, true};
    if (v.word(s.end)) return std::nullopt;
    return s;
}

class NationalInsuranceDetector final : public Detector {
public:
    std::string kind() const override { return "National Insurance number"; }
    Triggers triggers() const override { return {{"national", "ni", "nino", "n", "insurance"}, false, true, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        if (auto after = keyword_end(v, start, end)) return shape_after(v, *after);
        auto s = ni_shape(v, start, false);
        if (!s || !s->suffix || !issued_prefix(v.at(start), v.at(start + 1))) return std::nullopt;
        return Match{start, s->end};
    }

private:
    // Where "national insurance (number)", "ni number", "n.i. no" or "nino" ends.
    static std::optional<std::size_t> keyword_end(const ScanView& v, std::size_t start, std::size_t end) {
        std::string_view w = v.slice(start, end);
        std::size_t i = end;
        if (w == "national" && v.word_is(i + 1, "insurance")) {
            i += 10;
        } else if (w == "n" && v.starts(i, ".i.")) {
            i += 3;
        } else if (w == "ni" && v.at(i) == ' ' && (v.word_is(i + 1, "number") || v.word_is(i + 1, "no"))) {
            // "NI number"
        } else if (w != "nino") {
            return std::nullopt;
        }
        return i;
    }

    // An NI-shaped code within a few words of the keyword.
    static std::optional<Match> shape_after(const ScanView& v, std::size_t i) {
        for (int words = 0; words < 4 && i < v.size(); ++words) {
            while (i < v.size() && !v.word(i)) ++i;  // across a line: a table's heading and its cell
            if (auto s = ni_shape(v, i, true)) return Match{i, s->end};
            i = v.word_end(i);
        }
        return std::nullopt;
    }
};

}  // namespace

std::unique_ptr<Detector> national_insurance_detector() {
    return std::make_unique<NationalInsuranceDetector>();
}

}  // namespace candour::detect
