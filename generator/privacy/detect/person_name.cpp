#include "privacy/detect/person_name.hpp"

#include "privacy/detect/words.hpp"

namespace candour::detect {

namespace {

// A name word from `i`: letters, joined by an apostrophe or hyphen; returns its end, or `i`.
std::size_t name_word_end(const ScanView& v, std::size_t i) {
    std::size_t e = i;
    while (v.letter(e) || ((v.at(e) == '\'' || v.at(e) == '-') && v.letter(e + 1) && e > i)) ++e;
    return e;
}

bool capitalised_name(const ScanView& v, std::size_t start, std::size_t end) {
    return end > start && v.upper(start) && !is_not_a_name(v.slice(start, end));
}

}  // namespace

bool is_title(std::string_view word) {
    return word == "mr" || word == "mrs" || word == "ms" || word == "miss" || word == "mx" || word == "dr";
}

NameWords name_before(const ScanView& v, std::size_t end) {
    NameWords n{end, end, 0, false};
    std::size_t i = end;
    for (int k = 0; k < 4; ++k) {
        std::size_t word_end = i;
        if (word_end > 0 && v.at(word_end - 1) == '.') --word_end;  // an initial "J."
        std::size_t s = word_end;
        while (s > 0 && (v.letter(s - 1) || ((v.at(s - 1) == '\'' || v.at(s - 1) == '-') && s > 1 && v.letter(s - 2))))
            --s;
        if (s == word_end || !v.upper(s)) break;
        std::string_view w = v.slice(s, word_end);
        if (is_title(w)) {
            n = {s, n.end, n.words, true};
            break;
        }
        bool initial = w.size() == 1 && word_end < i;
        if (!initial && (w.size() < 2 || is_not_a_name(w))) break;
        n.start = s;
        if (!initial) ++n.words;
        if (s == 0 || v.at(s - 1) != ' ') break;
        i = s - 1;
    }
    return n;
}

NameWords name_after(const ScanView& v, std::size_t start) {
    NameWords n{start, start, 0, false};
    std::size_t i = start;
    for (int k = 0; k < 3; ++k) {
        std::size_t e = name_word_end(v, i);
        bool initial = e == i + 1 && v.upper(i);
        if (initial && v.at(e) == '.') ++e;
        if (!initial && !capitalised_name(v, i, e)) break;
        if (!initial && e - i < 2) break;
        n.end = e;
        if (!initial) ++n.words;
        if (v.at(e) != ' ') break;
        i = e + 1;
    }
    return n;
}

}  // namespace candour::detect
