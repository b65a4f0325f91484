#pragma once
// What every detector reads: normalised text (lower case, one space between
// words, '\n' between blocks) with the case each character had, and small
// helpers for words. A "word" is a run of letters and digits; any byte of a
// non-ASCII character counts as a letter.
#include <cstddef>
#include <string_view>

#include "privacy/normalised_text.hpp"

namespace candour::detect {

struct Match {
    std::size_t start = 0;
    std::size_t end = 0;  // one past the last byte
};

class ScanView {
public:
    explicit ScanView(const NormalisedText& t) : t_(t), s_(t.text) {}

    std::size_t size() const { return s_.size(); }
    char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
    std::string_view text() const { return s_; }
    std::string_view slice(std::size_t start, std::size_t end) const { return s_.substr(start, end - start); }

    bool digit(std::size_t i) const { return at(i) >= '0' && at(i) <= '9'; }
    bool letter(std::size_t i) const {
        char c = at(i);
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    }
    bool word(std::size_t i) const { return digit(i) || letter(i); }
    bool upper(std::size_t i) const { return t_.is_upper(i); }
    bool word_start(std::size_t i) const { return word(i) && (i == 0 || !word(i - 1)); }

    std::size_t word_end(std::size_t i) const {
        while (i < s_.size() && word(i)) ++i;
        return i;
    }
    std::size_t digits_end(std::size_t i) const {
        while (digit(i)) ++i;
        return i;
    }
    // Where the word ending just before `end` starts.
    std::size_t word_start_before(std::size_t end) const {
        while (end > 0 && word(end - 1)) --end;
        return end;
    }
    std::size_t skip(std::size_t i, char c) const {
        while (at(i) == c) ++i;
        return i;
    }
    // `literal` at `i`, ending where a word does.
    bool word_is(std::size_t i, std::string_view literal) const {
        return s_.substr(i, literal.size()) == literal && !word(i + literal.size());
    }
    bool starts(std::size_t i, std::string_view literal) const { return s_.substr(i, literal.size()) == literal; }

private:
    const NormalisedText& t_;
    std::string_view s_;
};

}  // namespace candour::detect
