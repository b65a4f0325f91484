#include "privacy/detect/detectors.hpp"
#include "privacy/detect/words.hpp"

namespace candour::detect {

// Dates of birth: a date in any form after "date of birth", "DOB",
// "D.O.B.", "birth date", "birthday" or "born", in any case:
// "born on the 3rd of March 1990", "date of birth is 14/03/1991",
// "DOB: 7 Sept 1999", "born in 2010" (a year alone only after "born"). Up to four short words may come
// between ("born on the", "date of birth was"), and a line break, as in a
// table's heading and its cell. "Date of birth was missing in 12% of
// records" has no date, so it passes.

namespace {

bool gap_word(std::string_view w) {
    return w == "on" || w == "in" || w == "is" || w == "was" || w == "the" || w == "of" || w == "as" ||
           w == "recorded" || w == "given" || w == "listed" || w == "shown" || w == "c" || w == "circa" ||
           w == "approx" || w == "approximately" || w == "around" || w == "about";
}

bool gap_char(char c) {
    return c == ' ' || c == ':' || c == '-' || c == ',' || c == '(' || c == '=' || c == '\n' || c == '.' || c == '#';
}

class BirthDateDetector final : public Detector {
public:
    std::string kind() const override { return "date of birth"; }
    Triggers triggers() const override {
        return {{"date", "dob", "d", "born", "birth", "birthdate", "birthday"}, false, false, false};
    }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        auto after = keyword_end(v, start, end);
        if (!after) return std::nullopt;
        std::size_t i = *after;
        bool year_alone = v.slice(start, end) == "born";  // "born in 1990"; "date of birth ... in 2023" is a record
        for (int words = 0; words <= 4; ++words) {
            while (gap_char(v.at(i)) && i < v.size()) ++i;
            if (auto date = date_at(v, i, year_alone)) return Match{start, *date};
            std::size_t w = v.word_end(i);
            if (w == i || !gap_word(v.slice(i, w))) return std::nullopt;
            i = w;
        }
        return std::nullopt;
    }

private:
    static std::optional<std::size_t> keyword_end(const ScanView& v, std::size_t start, std::size_t end) {
        std::string_view w = v.slice(start, end);
        if (w == "date") {
            if (v.starts(end, " of birth") && !v.word(end + 9)) return end + 9;
            if (v.starts(end, "-of-birth") && !v.word(end + 9)) return end + 9;
            return std::nullopt;
        }
        if (w == "d") return v.starts(end, ".o.b") ? std::optional<std::size_t>(end + 4) : std::nullopt;
        if (w == "birth") {
            if (v.starts(end, " date") && !v.word(end + 5)) return end + 5;
            return std::nullopt;
        }
        // "born" must not be part of "born-free" or "first-born" campaigns: a date must follow.
        return end;
    }
};

}  // namespace

std::unique_ptr<Detector> birth_date_detector() {
    return std::make_unique<BirthDateDetector>();
}

}  // namespace candour::detect
