#include "disclose/written_numbers.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "disclose/markdown_mask.hpp"

namespace candour {

namespace {

// ---- Tokens ----

struct Token {
    enum class Type { word, number, alnum, punct };
    Type type = Type::punct;
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string lower;  // words; a punctuation token's character
    bool capital = false;
    double value = 0;
    int decimals = 0;
    bool plain_digits = true;  // no thousands comma
    bool from_word = false;    // "three"
};

// UTF-8 characters with a meaning here: dashes join like '-', money signs
// are punctuation, other punctuation and spaces are separators.
std::optional<char> special(std::string_view s, std::size_t i, std::size_t& len) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b(0) == 0xC2 && i + 1 < s.size()) {
        len = 2;
        if (b(1) == 0xA3) return '$';  // £
        if (b(1) == 0xA0) return ' ';  // no-break space
        return '~';                    // other Latin-1 punctuation
    }
    if (b(0) == 0xE2 && i + 2 < s.size() && (b(1) == 0x80 || b(1) == 0x81)) {
        len = 3;
        if (b(1) == 0x80 && (b(2) == 0x90 || b(2) == 0x91 || b(2) == 0x93)) return '-';  // hyphens, en dash
        if (b(1) == 0x80 && (b(2) == 0x98 || b(2) == 0x99)) return '\'';                 // ‘ ’
        if (b(1) == 0x80 && b(2) >= 0x80 && b(2) <= 0x8F) return ' ';                    // spaces
        if (b(1) == 0x80 && b(2) == 0xA6) return '.';                                    // …
        return '~';
    }
    if (b(0) == 0xE2 && i + 2 < s.size() && b(1) == 0x82 && b(2) == 0xAC) {
        len = 3;
        return '$';  // €
    }
    return std::nullopt;
}

std::size_t utf8_length(unsigned char b) {
    if (b < 0x80) return 1;
    if ((b & 0xE0) == 0xC0) return 2;
    if ((b & 0xF0) == 0xE0) return 3;
    if ((b & 0xF8) == 0xF0) return 4;
    return 1;
}

class Tokenizer {
public:
    explicit Tokenizer(std::string_view masked) : s_(masked) {}

    // Each sentence's tokens with its byte range.
    std::vector<std::pair<std::vector<Token>, std::pair<std::size_t, std::size_t>>> run() {
        std::size_t i = 0;
        while (i < s_.size()) {
            char c = s_[i];
            std::size_t len = 1;
            auto sp = static_cast<unsigned char>(c) >= 0x80 ? special(s_, i, len) : std::nullopt;
            if (c == sentence_end_char) {
                end_sentence();
                ++i;
            } else if (c == '\n') {
                std::size_t j = i + 1;
                while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r')) ++j;
                if (j >= s_.size() || s_[j] == '\n' || s_[j] == sentence_end_char) end_sentence();
                ++i;
            } else if (is_space_char(c) || (sp && *sp == ' ')) {
                i += len;
            } else if (is_digit_char(c)) {
                i = number(i);
            } else if (sp) {
                if (*sp == '\'') {
                    i += len;  // a quotation mark on its own
                } else {
                    punct(i, len, *sp);
                    i += len;
                }
            } else if (is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80) {
                i = word(i);
            } else if (c == '.' || c == '!' || c == '?') {
                punct(i, 1, c);
                ++i;
                if (sentence_ends(i)) end_sentence();
            } else {
                punct(i, 1, c);
                ++i;
            }
        }
        end_sentence();
        return std::move(out_);
    }

private:
    // A full stop ends a sentence when a space, a closing mark or the end follows.
    bool sentence_ends(std::size_t i) const {
        while (i < s_.size() && (s_[i] == '"' || s_[i] == ')' || s_[i] == '*' || s_[i] == '_' || s_[i] == '\'')) ++i;
        if (i < s_.size() && static_cast<unsigned char>(s_[i]) == 0xE2) {
            std::size_t len = 0;
            if (auto sp = special(s_, i, len); sp && *sp == '\'') i += len;
        }
        return i >= s_.size() || is_space_char(s_[i]) || s_[i] == sentence_end_char;
    }
    bool letter_at(std::size_t i) const {
        if (i >= s_.size()) return false;
        if (is_ascii_letter(s_[i])) return true;
        if (static_cast<unsigned char>(s_[i]) < 0x80) return false;
        std::size_t len = 0;
        return !special(s_, i, len);
    }
    std::size_t word(std::size_t i) {
        std::size_t j = i;
        bool digits = false;
        while (j < s_.size()) {
            if (letter_at(j)) {
                j += utf8_length(static_cast<unsigned char>(s_[j]));
            } else if (is_digit_char(s_[j])) {
                digits = true;
                ++j;
            } else if (s_[j] == '\'' && letter_at(j + 1)) {
                ++j;
            } else if (static_cast<unsigned char>(s_[j]) == 0xE2) {
                std::size_t len = 0;
                auto sp = special(s_, j, len);
                if (sp && *sp == '\'' && letter_at(j + len)) {
                    j += len;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        j = std::min(j, s_.size());
        Token t;
        t.type = digits ? Token::Type::alnum : Token::Type::word;
        t.offset = i;
        t.length = j - i;
        t.lower = lower_ascii(s_.substr(i, j - i));
        t.capital = s_[i] >= 'A' && s_[i] <= 'Z';
        if (!digits) {
            if (int n = number_word(t.lower)) {
                t.type = Token::Type::number;
                t.value = n;
                t.from_word = true;
            }
        }
        tokens_.push_back(std::move(t));
        return j;
    }
    std::size_t number(std::size_t i) {
        std::size_t j = i;
        while (j < s_.size() && is_digit_char(s_[j])) ++j;
        bool comma = false;
        while (j + 3 < s_.size() + 0 && s_[j] == ',' && is_digit_char(s_[j + 1]) && is_digit_char(s_[j + 2]) &&
               is_digit_char(s_[j + 3]) && (j + 4 >= s_.size() || !is_digit_char(s_[j + 4]))) {
            comma = true;
            j += 4;
        }
        int decimals = 0;
        if (j + 1 < s_.size() && s_[j] == '.' && is_digit_char(s_[j + 1])) {
            ++j;
            while (j < s_.size() && is_digit_char(s_[j])) {
                ++j;
                ++decimals;
            }
        }
        Token t;
        t.offset = i;
        t.length = j - i;
        if (letter_at(j)) {  // "3rd", "10am", "2x"
            std::size_t k = j;
            while (k < s_.size() && (letter_at(k) || is_digit_char(s_[k])))
                k += utf8_length(static_cast<unsigned char>(s_[k]));
            k = std::min(k, s_.size());
            t.type = Token::Type::alnum;
            t.length = k - i;
            t.lower = lower_ascii(s_.substr(i, k - i));
            tokens_.push_back(std::move(t));
            return k;
        }
        std::string digits;
        for (char c : s_.substr(i, j - i)) {
            if (c != ',') digits += c;
        }
        t.type = Token::Type::number;
        t.lower = digits;
        t.value = digits.size() > 15 ? -1 : std::stod(digits);
        t.decimals = decimals;
        t.plain_digits = !comma;
        tokens_.push_back(std::move(t));
        return j;
    }
    void punct(std::size_t i, std::size_t len, char c) {
        Token t;
        t.type = Token::Type::punct;
        t.offset = i;
        t.length = len;
        t.lower = std::string(1, c);
        tokens_.push_back(std::move(t));
    }
    void end_sentence() {
        if (tokens_.empty()) return;
        std::size_t begin = tokens_.front().offset;
        std::size_t end = tokens_.back().offset + tokens_.back().length;
        out_.emplace_back(std::move(tokens_), std::make_pair(begin, end));
        tokens_.clear();
    }

    std::string_view s_;
    std::vector<Token> tokens_;
    std::vector<std::pair<std::vector<Token>, std::pair<std::size_t, std::size_t>>> out_;
};

// ---- Which numbers could be a figure ----

std::set<std::string> word_set(std::string_view words) {
    std::set<std::string> out;
    for (std::size_t at = 0; at < words.size();) {
        std::size_t space = std::min(words.find(' ', at), words.size());
        if (space > at) out.emplace(words.substr(at, space - at));
        at = space + 1;
    }
    return out;
}

const std::set<std::string>& label_words() {
    // "Section 2", "Recommendation 3", "Outcome 16", "Right 4 of the Victims' Code":
    // a number naming a part of something, not a count of anything.
    static const auto words = word_set(
        "action actions aim aims annex annexes appendix appendices area article articles box category chapter "
        "chapters chart clause clauses code column commitment commitments exhibit fig figure footnote footnotes goal "
        "grade item "
        "items level line measure no note notes number objective objectives option outcome outcomes p "
        "page pages para paragraph paragraphs part parts phase phases pillar point pp principle "
        "principles priority q quarter question questions rec recommendation recommendations right rights "
        "round rounds row rule rules schedule section sections stage stages standard standards step steps "
        "strand table tables target term theme tier version wave week workstream year day month");
    return words;
}

const std::set<std::string>& month_names() {
    static const auto words = word_set(
        "january february march april may june july august september october november december jan feb "
        "mar apr jun jul aug sep sept oct nov dec");
    return words;
}

// Words before "by" or "from" that make the number a change.
const std::set<std::string>& change_words() {
    static const auto words = word_set(
        "rose rise risen rising fell fall fallen falling increased increase increasing decreased decrease "
        "decreasing dropped drop grew grown grow declined decline reduced reduce improved worsened "
        "changed change up down higher lower went gone cut shortened lengthened longer shorter revised "
        "moved");
    return words;
}

// Things a number may count that are never one of the figures: parts of
// the report, of the plan or of the year.
const std::set<std::string>& counted_things() {
    static const auto words = word_set(
        "theme themes aim aims principle principles recommendation recommendations section sections "
        "action actions phase phases quarter quarters report reports page pages time times way ways area "
        "areas priority priorities team teams meeting meetings session sessions panel panels question "
        "questions step steps stage stages part parts chapter chapters table tables chart charts round "
        "rounds point points rule rules commitment commitments indicator indicators measure measures "
        "objective objectives workstream workstreams inspection inspections");
    return words;
}

bool one_of(const std::string& w, std::initializer_list<const char*> list) {
    return std::any_of(list.begin(), list.end(), [&](const char* x) { return w == x; });
}

class NumberRules {
public:
    explicit NumberRules(const std::vector<Token>& t) : t_(t), excluded_(t.size(), false), label_(t.size(), false) {}

    Sentence sentence(std::pair<std::size_t, std::size_t> range) {
        Sentence s;
        s.begin = range.first;
        s.end = range.second;
        std::vector<std::size_t> word_index(t_.size(), 0);
        for (std::size_t k = 0; k < t_.size(); ++k) {
            if (t_[k].type == Token::Type::punct) continue;
            word_index[k] = s.words.size();
            s.words.push_back(t_[k].lower);
        }
        for (std::size_t k = 0; k < t_.size(); ++k) {
            if (t_[k].type != Token::Type::number || excluded_[k]) continue;
            auto kind = judge(k);
            if (!kind) {
                excluded_[k] = true;
                continue;
            }
            if (t_[k].value < 0) continue;
            WrittenNumber n;
            n.value = t_[k].value;
            n.decimals = t_[k].decimals;
            n.kind = *kind;
            n.offset = t_[k].offset;
            n.length = t_[k].length;
            n.token = word_index[k];
            s.numbers.push_back(n);
        }
        return s;
    }

private:
    const Token* at(std::size_t k, long step) const {
        long i = static_cast<long>(k) + step;
        if (i < 0 || i >= static_cast<long>(t_.size())) return nullptr;
        return &t_[static_cast<std::size_t>(i)];
    }
    static bool touching(const Token& a, const Token& b) { return a.offset + a.length == b.offset; }
    bool is_punct(const Token* t, char c) const { return t && t->type == Token::Type::punct && t->lower[0] == c; }
    bool is_word(const Token* t, std::initializer_list<const char*> list) const {
        return t && t->type == Token::Type::word && one_of(t->lower, list);
    }
    // The nth word before or after token k, skipping no punctuation.
    const Token* word_at(std::size_t k, long step) const {
        const Token* t = at(k, step);
        return t && t->type == Token::Type::word ? t : nullptr;
    }
    bool month(const Token* t) const {
        return t && t->type == Token::Type::word && t->capital && month_names().count(t->lower);
    }

    // How a number reads, or nothing when it cannot be a figure.
    std::optional<WrittenNumber::Kind> judge(std::size_t k) {
        const Token& n = t_[k];
        const Token* prev = at(k, -1);
        const Token* next = at(k, 1);
        // Joined to another number or a word: 2024-25, 03/03/2025, 10:30,
        // 1.2.3, 2-4, 3-year-olds, Covid-19, NM24/123456.
        for (long step : {-1L, 1L}) {
            const Token* j = at(k, step);
            const Token* other = at(k, 2 * step);
            if (!j || j->type != Token::Type::punct) continue;
            bool joined = step < 0 ? touching(*j, n) : touching(n, *j);
            bool joined_other = other && (step < 0 ? touching(*other, *j) : touching(*j, *other));
            if (!joined || !joined_other || other->type == Token::Type::punct) continue;
            char c = j->lower[0];
            if (c == '-' || c == '/') return std::nullopt;
            if ((c == ':' || c == '.') && other->type == Token::Type::number) return std::nullopt;
        }
        // A range: counts from 1 to 4, between 2 and 5, aged 18 to 24 (both
        // ends). After a change ("fell from 6 to 4") only the old level.
        if (const Token* other = at(k, 2);
            other && other->type == Token::Type::number &&
            (is_word(next, {"to"}) || (is_word(next, {"and"}) && is_word(prev, {"between"})))) {
            bool change = is_word(prev, {"from"}) && change_word(at(k, -2));
            if (!change) excluded_[k + 2] = true;
            return std::nullopt;
        }
        if (!n.from_word) {
            // A year, 1900 to 2099.
            if (n.decimals == 0 && n.plain_digits && n.length == 4 && n.value >= 1900 && n.value <= 2099) {
                return std::nullopt;
            }
            // A leading zero: a phone number, a code, a date written 03.
            if (n.length >= 2 && n.lower[0] == '0' && n.lower[1] != '.') return std::nullopt;
        }
        // Numbers side by side: a phone number or a reference (01632 960 400).
        if ((prev && prev->type == Token::Type::number && !prev->from_word && !n.from_word) ||
            (next && next->type == Token::Type::number && !next->from_word && !n.from_word)) {
            return std::nullopt;
        }
        // A label: Section 2, Recommendation 3, Aim 1, #4, and lists after
        // one (Recommendations 2, 3 and 5; sections 2 to 4).
        if (prev && prev->type == Token::Type::word && label_words().count(prev->lower)) {
            label_[k] = true;
            return std::nullopt;
        }
        if (is_punct(prev, '#')) return std::nullopt;
        if (prev && (is_punct(prev, ',') || is_punct(prev, '&') || is_word(prev, {"and", "or", "to"}))) {
            if (k >= 2 && label_[k - 2]) {
                label_[k] = true;
                return std::nullopt;
            }
        }
        // A day of a month: 3 March, 3 of March, March 3.
        if (n.decimals == 0 && n.value >= 1 && n.value <= 31) {
            if (month(next) || (is_word(next, {"of"}) && month(at(k, 2))) || month(prev)) return std::nullopt;
        }
        // Money: £3, 3 million.
        if (is_punct(prev, '$') || is_word(next, {"million", "billion", "thousand", "pounds", "pence", "bn"})) {
            return std::nullopt;
        }
        // An age: aged 16.
        if (is_word(prev, {"aged", "age", "ages"})) return std::nullopt;
        // A bound, not a value: fewer than 5, at least 3, up to 4, under 18.
        if (is_word(prev, {"than", "least", "most", "under", "over", "below", "above", "beyond"})) return std::nullopt;
        if (is_word(prev, {"to"}) && is_word(at(k, -2), {"up"})) return std::nullopt;
        // A change, not a level: rose by 3, 2 more, an increase of 4, up 3
        // (but "rated by 14 people" is a level).
        if (is_word(prev, {"by"}) && change_word(at(k, -2))) return std::nullopt;
        if (is_word(prev, {"up", "down"}) &&
            !is_word(at(k, -2), {"made", "make", "makes", "making", "add", "adds", "added", "adding", "set", "sets"})) {
            return std::nullopt;
        }
        if (is_word(next, {"more", "fewer", "less", "extra", "additional"})) return std::nullopt;
        if (is_word(prev, {"of"}) &&
            is_word(at(k, -2), {"increase", "decrease", "rise", "fall", "drop", "reduction", "change", "difference",
                                "gain", "loss", "growth", "decline"})) {
            return std::nullopt;
        }
        // A count of parts of the report or of the work, not of people or
        // cases: five themes, 9 recommendations, 3 times, 2 of the last 4 quarters.
        if (const Token* noun = counted(k); noun && counted_things().count(noun->lower)) return std::nullopt;
        // A proportion: 1 in 4, three in four, 3 out of every 10 (the second
        // number too). "3 out of 12 charges" is still a count.
        if (is_word(next, {"in"}) && at(k, 2) && at(k, 2)->type == Token::Type::number) {
            excluded_[k + 2] = true;
            return std::nullopt;
        }
        for (long skip : {0L, 1L}) {  // "3 out of every 10", "3 cases out of every 10"
            if (skip == 1 && (!next || next->type != Token::Type::word)) break;
            if (is_word(at(k, 1 + skip), {"out"}) && is_word(at(k, 2 + skip), {"of"}) &&
                is_word(at(k, 3 + skip), {"every", "each"})) {
                const Token* of = at(k, 4 + skip);
                if (of && of->type == Token::Type::number) excluded_[k + 4 + static_cast<std::size_t>(skip)] = true;
                return std::nullopt;
            }
        }
        // Percentages: 11%, 11 per cent; a difference in percentage points is not one.
        if (is_punct(next, '%')) return WrittenNumber::Kind::percentage;
        if (is_word(next, {"percent"}) || (is_word(next, {"per"}) && is_word(at(k, 2), {"cent"}))) {
            return WrittenNumber::Kind::percentage;
        }
        if (is_word(next, {"percentage", "points", "point", "pp", "ppt", "ppts"})) return std::nullopt;
        // Durations: days may be a median figure; weeks, months, years and
        // hours are never one.
        const Token* unit = is_word(next, {"working", "calendar"}) ? word_at(k, 2) : next;
        if (is_word(unit, {"day", "days"})) return WrittenNumber::Kind::days;
        if (is_word(unit, {"week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
                           "second", "seconds", "am", "pm", "hrs", "mins", "yrs", "o'clock"})) {
            return std::nullopt;
        }
        return WrittenNumber::Kind::plain;
    }

    bool change_word(const Token* t) const {
        return t && t->type == Token::Type::word && change_words().count(t->lower);
    }
    // What a number counts: the first word after it, past "of the last" and other numbers.
    const Token* counted(std::size_t k) const {
        for (std::size_t i = k + 1; i < t_.size(); ++i) {
            const Token& t = t_[i];
            if (t.type == Token::Type::number) continue;
            if (t.type != Token::Type::word) return nullptr;
            if (one_of(t.lower, {"of", "the", "last", "past", "next", "previous", "first", "other", "these", "those",
                                 "our", "its", "their", "more"})) {
                continue;
            }
            return &t;
        }
        return nullptr;
    }

    const std::vector<Token>& t_;
    std::vector<bool> excluded_;
    std::vector<bool> label_;
};

bool word_matches(const std::string& written, const std::string& wanted) {
    if (written == wanted) return true;
    auto plural = [](const std::string& a, const std::string& b) {  // a is b's plural
        if (a.size() == b.size() + 1 && a.back() == 's') return a.compare(0, b.size(), b) == 0;
        if (a.size() == b.size() + 2 && a.compare(a.size() - 2, 2, "es") == 0) return a.compare(0, b.size(), b) == 0;
        return false;
    };
    return plural(written, wanted) || plural(wanted, written);
}

}  // namespace

int number_word(std::string_view w) {
    static constexpr std::array<const char*, 19> words = {
        "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",     "ten",   "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (w == words[i]) return static_cast<int>(i) + 2;
    }
    return 0;
}

std::vector<Sentence> read_sentences(std::string_view text, bool markdown) {
    std::string masked = markdown ? mask_markdown(text) : std::string(text);
    std::vector<Sentence> out;
    for (auto& [tokens, range] : Tokenizer(masked).run()) {
        out.push_back(NumberRules(tokens).sentence(range));
    }
    return out;
}

bool phrase_at(const std::vector<std::string>& words, std::size_t at, const std::vector<std::string>& phrase) {
    if (phrase.empty() || at + phrase.size() > words.size()) return false;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (!word_matches(words[at + i], phrase[i])) return false;
    }
    return true;
}

std::vector<std::string> phrase_words(std::string_view text) {
    std::vector<std::string> out;
    for (auto& [tokens, range] : Tokenizer(text).run()) {
        for (const auto& t : tokens) {
            if (t.type != Token::Type::punct) out.push_back(t.lower);
        }
    }
    return out;
}

}  // namespace candour
