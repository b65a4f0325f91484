#include <string>
#include <vector>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// Phone numbers with any separators: "07700 900123", "07700-900-123",
// "0 7 7 0 0 9 0 0 1 2 3", "(0161) 496 0000", "+44 (0)20 7946 0018",
// "0044 7700 900123", and other countries' "+353 1 234 5678". A UK number
// has 10 or 11 digits from its leading 0 and starts 01, 02, 03, 05, 07, 08
// or 09. The digits are read in groups, and the number may end after any
// group, so "call 07700 900123 24 hours a day" is still caught. Dates
// ("01/04/2024") and decimals ("0.75") are not numbers to call.

namespace {

bool separator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
}

struct Groups {
    std::string digits;
    std::vector<std::pair<std::size_t, std::size_t>> ends;  // (digit count, text offset) after each group
};

// Digit groups from `i`, joined by up to three separator characters.
Groups groups_at(const ScanView& v, std::size_t i) {
    Groups g;
    while (v.digit(i)) {
        std::size_t e = v.digits_end(i);
        g.digits += v.slice(i, e);
        g.ends.emplace_back(g.digits.size(), e);
        std::size_t next = e;
        while (next < e + 3 && separator(v.at(next))) ++next;
        if (next == e || !v.digit(next) || g.digits.size() > 16) break;
        i = next;
    }
    return g;
}

bool uk_prefix(std::string_view national) {
    return national.size() >= 2 && national[0] == '0' &&
           std::string_view("1235789").find(national[1]) != std::string_view::npos;
}

// Digits of the national number (from its 0) for a number read from `g`, and
// how many leading digits of `g` were the country code.
std::pair<std::string, std::size_t> national_number(const Groups& g, bool plus) {
    std::string d = g.digits;
    std::size_t code = 0;
    if (plus && d.starts_with("44")) code = 2;
    if (!plus && d.starts_with("0044")) code = 4;
    if (code == 0) return {d, 0};
    std::string national = "0" + d.substr(code);
    if (national.starts_with("00")) {  // "+44 (0)20": the written-out 0
        national.erase(0, 1);
        ++code;
    }
    return {national, code - 1};  // one digit fewer, for the 0 added
}

// "0123456789": the digits in order, as in a script's list of them; not a number to call.
bool counting(std::string_view digits) {
    for (std::size_t i = 1; i < digits.size(); ++i) {
        if (digits[i] != '0' + (digits[i - 1] - '0' + 1) % 10) return false;
    }
    return true;
}

class PhoneDetector final : public Detector {
public:
    std::string kind() const override { return "phone number"; }
    Triggers triggers() const override { return {{}, true, false, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t) const override {
        std::size_t first = start;
        bool plus = false;
        if (start > 0 && v.at(start - 1) == '+') {
            plus = true;
            first = start - 1;
        } else if (start > 1 && v.at(start - 1) == ' ' && v.at(start - 2) == '+') {
            plus = true;
            first = start - 2;
        } else if (v.at(start) != '0') {
            return std::nullopt;
        } else if (start > 0 && v.at(start - 1) == '(') {
            first = start - 1;
        }
        if (first > 0 && !starts_a_number(v, first)) return std::nullopt;
        Groups g = groups_at(v, start);
        if (g.ends.size() > 1 && g.ends[0].first <= 2 &&
            (v.at(g.ends[0].second) == '/' || v.at(g.ends[0].second) == '.')) {
            return std::nullopt;  // a date or a decimal
        }
        auto [national, code] = national_number(g, plus);
        if (plus && code == 0) {  // another country: 8 to 15 digits
            return g.digits.size() >= 8 && g.digits.size() <= 15 ? std::optional<Match>({first, g.ends.back().second})
                                                                 : std::nullopt;
        }
        if (!uk_prefix(national) || counting(g.digits)) return std::nullopt;
        // The longest reading of 10 or 11 digits that ends after a group.
        std::optional<Match> best;
        for (const auto& [count, end] : g.ends) {
            std::size_t n = count - code;
            if (count > code && (n == 10 || n == 11)) best = Match{first, end};
        }
        return best;
    }

private:
    static bool starts_a_number(const ScanView& v, std::size_t first) {
        char before = v.at(first - 1);
        if (v.word(first - 1) || before == '.' || before == ',' || before == '/' || before == '+') return false;
        return !(before == '-' && first > 1 && v.digit(first - 2));
    }
};

}  // namespace

std::unique_ptr<Detector> phone_detector() {
    return std::make_unique<PhoneDetector>();
}

}  // namespace candour::detect
