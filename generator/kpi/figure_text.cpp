#include "kpi/figure_text.hpp"

#include <charconv>

namespace candour {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

FigureText refuse(std::string problem, std::string hint) {
    return {std::nullopt, std::move(problem), std::move(hint)};
}

FigureText not_a_number() {
    return refuse("is not a number",
                  "write digits only, such as 1234 or 1,234 or 12.5 (a % sign or a symbol such as [c] does not "
                  "belong in the data); leave the cell empty when there is no figure");
}

// "1,234,567" groups in threes; "1,2,3" or "12,34" do not. Returns the digits
// without their commas, or nothing when the commas are misplaced.
std::optional<std::string> ungroup(std::string_view whole) {
    if (whole.find(',') == std::string_view::npos) return std::string(whole);
    std::string digits;
    std::size_t group = 0;
    bool first = true;
    for (std::size_t i = 0; i <= whole.size(); ++i) {
        if (i == whole.size() || whole[i] == ',') {
            if (group == 0 || group > 3 || (!first && group != 3)) return std::nullopt;
            first = false;
            group = 0;
            continue;
        }
        digits += whole[i];
        ++group;
    }
    return digits;
}

// Compared as digits, since a double rounds 2^53 + 1 down to 2^53.
bool beyond_exact(const std::string& whole, std::string_view fraction) {
    static const std::string limit = "9007199254740992";
    std::size_t first = whole.find_first_not_of('0');
    std::string digits = first == std::string::npos ? "" : whole.substr(first);
    if (digits.size() != limit.size()) return digits.size() > limit.size();
    if (digits != limit) return digits > limit;
    return fraction.find_first_not_of('0') != std::string_view::npos;
}

}  // namespace

FigureText read_figure(std::string_view text) {
    std::string_view rest = text;
    bool negative = !rest.empty() && rest.front() == '-';
    if (negative) rest.remove_prefix(1);
    for (char c : rest) {
        if ((c == 'e' || c == 'E') && is_digit(rest.front())) {
            return refuse("is written in exponent form",
                          "write the number in full, such as 1000 for 1e3 (in Excel, format the column as Number "
                          "before saving as CSV)");
        }
        if (!is_digit(c) && c != ',' && c != '.') return not_a_number();
    }
    std::size_t dot = rest.find('.');
    std::string_view whole = rest.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) return not_a_number();
    if (fraction.find_first_of(",.") != std::string_view::npos) return not_a_number();
    auto digits = ungroup(whole);
    if (!digits) {
        return refuse("has its commas in the wrong places",
                      "commas may only separate thousands, as in 1,234; write 1234 or 1,234");
    }
    if (beyond_exact(*digits, fraction)) {
        return refuse("is too large to be a figure",
                      "figures above 9,007,199,254,740,992 cannot be held exactly; check the cell for a pasting "
                      "mistake");
    }
    std::string plain = *digits;
    if (!fraction.empty()) plain += "." + std::string(fraction);
    double value = 0;
    auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec != std::errc() || end != plain.data() + plain.size()) return not_a_number();
    return {negative && value != 0 ? -value : value, {}, {}};
}

}  // namespace candour
