#include "diagnostics/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace candour {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (!best || d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    // A third of the word's length (at least 2) separates typos from different words.
    std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    if (best && best_distance <= limit) return best;
    return std::nullopt;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::string fallback) {
    if (auto m = closest_match(word, candidates)) return "did you mean '" + *m + "'?";
    return fallback;
}

}  // namespace candour
