#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// Crime reference numbers in any force's format: a code with at least four
// digits after "crime reference", "crime number", "CRN", "occurrence
// number", "incident number", "log number", "URN", "case reference" or
// "police reference", in any case: "crime reference 35/12345/23",
// "CRN: NM2400012345". A year ("crime number 2024") or a financial year is
// not a reference.

namespace {

bool leads_to_number(std::string_view w) {
    return w == "reference" || w == "ref" || w == "number" || w == "no" || w == "num" || w == "record";
}

bool gap_word(std::string_view w) {
    return leads_to_number(w) || w == "is" || w == "was" || w == "of";
}

bool code_char(const ScanView& v, std::size_t i) {
    return v.word(i) || ((v.at(i) == '/' || v.at(i) == '-') && v.word(i + 1));
}

bool year_like(std::string_view code) {
    bool year = code.size() == 4 && (code.starts_with("19") || code.starts_with("20"));
    bool financial = code.size() == 7 && code.starts_with("20") && (code[4] == '-' || code[4] == '/');
    return year || financial;
}

class CrimeReferenceDetector final : public Detector {
public:
    std::string kind() const override { return "crime reference number"; }
    Triggers triggers() const override {
        return {{"crime", "crn", "occurrence", "incident", "log", "urn", "case", "police"}, false, false, false};
    }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        std::string_view w = v.slice(start, end);
        bool alone = w == "crn" || w == "urn";
        std::size_t i = end;
        bool led = alone;
        for (int words = 0; words < 4; ++words) {
            while (i < v.size() && !v.word(i) && i < end + 40) ++i;
            std::size_t e = v.word_end(i);
            if (e == i) return std::nullopt;
            if (led) {
                if (auto code = code_at(v, i)) return code;
            }
            if (!gap_word(v.slice(i, e))) return std::nullopt;
            led = led || leads_to_number(v.slice(i, e));
            i = e;
        }
        return std::nullopt;
    }

private:
    static std::optional<Match> code_at(const ScanView& v, std::size_t i) {
        std::size_t e = i;
        int digits = 0;
        while (code_char(v, e) && e - i < 32) digits += v.digit(e++) ? 1 : 0;
        if (digits < 4 || v.word(e) || year_like(v.slice(i, e))) return std::nullopt;
        return Match{i, e};
    }
};

}  // namespace

std::unique_ptr<Detector> crime_reference_detector() {
    return std::make_unique<CrimeReferenceDetector>();
}

}  // namespace candour::detect
