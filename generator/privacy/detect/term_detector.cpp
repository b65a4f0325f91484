#include <algorithm>
#include <map>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// Names and terms listed in site.yaml (privacy: terms:), in any case and
// across markup: the text is already normalised, so "OPERATION
// <em>Nightjar</em>" reads "operation nightjar". Any run of spaces, line
// breaks or hyphens matches a space in the term.

namespace {

bool spacing(char c) {
    return c == ' ' || c == '\n' || c == '-';
}
bool word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

class TermDetector final : public Detector {
public:
    explicit TermDetector(std::vector<std::string> terms) {
        for (auto& t : terms) {
            std::size_t first = 0;
            while (first < t.size() && word_byte(t[first])) ++first;
            if (first == 0) continue;  // a term must start with a letter or digit
            by_first_word_[t.substr(0, first)].push_back(std::move(t));
        }
        for (auto& [word, list] : by_first_word_) {
            auto longer = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
            std::sort(list.begin(), list.end(), longer);
        }
    }

    std::string kind() const override { return "listed name or term"; }
    Triggers triggers() const override {
        Triggers t;
        for (const auto& [word, list] : by_first_word_) t.words.push_back(word);
        return t;
    }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        auto it = by_first_word_.find(std::string(v.slice(start, end)));
        if (it == by_first_word_.end()) return std::nullopt;
        for (const auto& term : it->second) {
            if (auto e = match_term(v, start, term)) return Match{start, *e};
        }
        return std::nullopt;
    }

private:
    static std::optional<std::size_t> match_term(const ScanView& v, std::size_t i, const std::string& term) {
        for (std::size_t k = 0; k < term.size(); ++k) {
            if (term[k] == ' ') {
                if (!spacing(v.at(i))) return std::nullopt;
                while (spacing(v.at(i))) ++i;
            } else if (v.at(i++) != term[k]) {
                return std::nullopt;
            }
        }
        if (v.word(i)) return std::nullopt;
        return i;
    }

    std::map<std::string, std::vector<std::string>> by_first_word_;
};

}  // namespace

std::unique_ptr<Detector> term_detector(std::vector<std::string> terms) {
    return std::make_unique<TermDetector>(std::move(terms));
}

}  // namespace candour::detect
