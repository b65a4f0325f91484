#pragma once
// "Did you mean ...?" for misspelt keys, layouts and links.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate, if it is close enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or the fallback text when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates, std::string fallback);

}  // namespace candour
