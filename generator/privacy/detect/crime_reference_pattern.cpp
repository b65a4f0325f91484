#include <regex>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// A force's own crime reference format from site.yaml, such as
// '\bNM\d{2}/\d{6}\b', matched in any case. The regular expression is tried
// only at the start of words, and only at words that begin with its fixed
// letters ("nm") when it has some, on a short window: never over every byte.

namespace {

constexpr std::size_t window = 64;

// The fixed text every match starts with, after any \b or ^, lower case.
std::string literal_prefix(const std::string& pattern) {
    std::string_view p = pattern;
    while (p.starts_with("\\b") || p.starts_with("^")) p.remove_prefix(p[0] == '^' ? 1 : 2);
    std::string out;
    for (std::size_t i = 0; i < p.size() && std::isalnum(static_cast<unsigned char>(p[i])); ++i) {
        bool quantified = i + 1 < p.size() && std::string_view("?*{+").find(p[i + 1]) != std::string_view::npos;
        if (quantified) break;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(p[i])));
    }
    return out;
}

class PatternDetector final : public Detector {
public:
    explicit PatternDetector(const std::string& pattern)
        : regex_(pattern, std::regex::ECMAScript | std::regex::icase | std::regex::optimize),
          prefix_(literal_prefix(pattern)) {}

    std::string kind() const override { return "crime reference number"; }
    Triggers triggers() const override { return {{}, true, true, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t) const override {
        if (!v.starts(start, prefix_)) return std::nullopt;
        std::string_view w = v.text().substr(start, window);
        std::cmatch m;
        if (!std::regex_search(w.begin(), w.end(), m, regex_, std::regex_constants::match_continuous)) {
            return std::nullopt;
        }
        std::size_t end = start + static_cast<std::size_t>(m.length(0));
        if (m.length(0) == 0 || (end == start + w.size() && v.word(end))) return std::nullopt;  // cut by the window
        return Match{start, end};
    }

private:
    std::regex regex_;
    std::string prefix_;
};

}  // namespace

std::unique_ptr<Detector> crime_reference_pattern(const std::string& pattern, std::string& error) {
    try {
        return std::make_unique<PatternDetector>(pattern);
    } catch (const std::regex_error& e) {
        error = e.what();
        return nullptr;
    }
}

}  // namespace candour::detect
