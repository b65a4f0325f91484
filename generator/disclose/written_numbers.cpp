#include "disclose/written_numbers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>

namespace candour {

namespace {

constexpr char hidden = ' ';       // a character not read (a link target, an embed)
constexpr char boundary = '\x01';  // a sentence ends here (a heading, a list item, a table row)

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lower_text(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

// ---- Markdown: what a reader never sees, and where sentences must end ----

struct Line {
    std::size_t begin;
    std::size_t end;  // the '\n' or the end of the text
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        out.push_back({at, nl});
        at = nl + 1;
    }
    return out;
}

class MarkdownMask {
public:
    explicit MarkdownMask(std::string_view text) : text_(text), out_(text) {}

    std::string run() {
        auto lines = lines_of(text_);
        for (std::size_t i = 0; i < lines.size(); ++i) block_line(lines, i);
        inline_pass();
        return std::move(out_);
    }

private:
    void mask(std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to && i < out_.size(); ++i) {
            if (out_[i] != '\n') out_[i] = hidden;
        }
    }
    void end_sentence_at(std::size_t i) {
        if (i < out_.size()) out_[i] = boundary;
    }
    std::size_t indent(const Line& l) const {
        std::size_t i = l.begin;
        while (i < l.end && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        return i;
    }
    bool fence_at(std::size_t i, const Line& l, char& ch, std::size_t& run) const {
        if (i - l.begin > 3 || i >= l.end || (text_[i] != '`' && text_[i] != '~')) return false;
        ch = text_[i];
        run = 0;
        while (i + run < l.end && text_[i + run] == ch) ++run;
        return run >= 3;
    }
    static bool only(std::string_view s, std::string_view allowed) {
        return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
    }
    bool table_delimiter(const Line& l) const {
        std::string_view s = text_.substr(l.begin, l.end - l.begin);
        return only(s, " \t|:-") && s.find('-') != std::string_view::npos && s.find('|') != std::string_view::npos;
    }

    void block_line(const std::vector<Line>& lines, std::size_t index) {
        const Line& l = lines[index];
        std::size_t i = indent(l);
        if (in_fence_) {
            char ch = 0;
            std::size_t run = 0;
            std::string_view rest;
            if (fence_at(i, l, ch, run) && ch == fence_char_ && run >= fence_run_) {
                rest = text_.substr(i + run, l.end - i - run);
                if (rest.find_first_not_of(" \t") == std::string_view::npos) {
                    in_fence_ = false;
                    mask(l.begin, l.end);
                    end_sentence_at(l.begin);
                    return;
                }
            }
            if (fence_hidden_) mask(l.begin, l.end);
            end_sentence_at(l.end);  // a line of code is read on its own
            return;
        }
        char ch = 0;
        std::size_t run = 0;
        if (fence_at(i, l, ch, run)) {
            std::string info = lower_text(text_.substr(i + run, l.end - i - run));
            std::size_t w = info.find_first_not_of(" \t");
            std::string word = w == std::string::npos ? "" : info.substr(w, info.find_first_of(" \t{", w) - w);
            in_fence_ = true;
            fence_char_ = ch;
            fence_run_ = run;
            fence_hidden_ = word == "kpi" || word == "chart";
            mask(l.begin, l.end);
            end_sentence_at(l.begin);
            end_sentence_at(l.end);
            return;
        }
        if (i >= l.end) return;  // a blank line ends a paragraph by itself
        // Block quotes: the markers only.
        while (i < l.end && text_[i] == '>' && i - l.begin <= 3 + 4 * 4) {
            mask(i, i + 1);
            ++i;
            while (i < l.end && text_[i] == ' ') ++i;
        }
        std::string_view rest = text_.substr(i, l.end - i);
        // A thematic break or a setext underline.
        if (only(rest, "-= \t") || only(rest, "*_ \t")) {
            if (rest.size() >= 3 || only(rest, "= \t")) {
                mask(i, l.end);
                end_sentence_at(l.begin);
                end_sentence_at(l.end);
                return;
            }
        }
        // A heading: its own sentence, its '#' and any section number not read.
        std::size_t hashes = 0;
        while (i + hashes < l.end && text_[i + hashes] == '#') ++hashes;
        if (hashes >= 1 && hashes <= 6 && (i + hashes == l.end || text_[i + hashes] == ' ')) {
            mask(i, i + hashes);
            end_sentence_at(i);
            end_sentence_at(l.end);
            skip_item_number(i + hashes, l.end);
            return;
        }
        // A table: every row its own sentence, the delimiter row not read.
        bool next_is_delimiter = index + 1 < lines.size() && table_delimiter(lines[index + 1]);
        bool has_pipe = rest.find('|') != std::string_view::npos;
        if (table_delimiter(l) && in_table_) {
            mask(l.begin, l.end);
            return;
        }
        if (has_pipe && (next_is_delimiter || in_table_ || rest.front() == '|')) {
            in_table_ = true;
            end_sentence_at(l.end);
            if (rest.front() == '|') end_sentence_at(i);
            return;
        }
        in_table_ = false;
        // A reference definition ([1]: https://...) is not shown; a footnote's label is not.
        if (rest.front() == '[') {
            std::size_t close = rest.find("]:");
            if (close != std::string_view::npos && rest.find('\n') == std::string_view::npos && close > 1) {
                if (rest[1] == '^') {
                    mask(i, i + close + 2);
                    end_sentence_at(i);
                } else if (rest.find(' ') > close) {
                    mask(l.begin, l.end);
                    end_sentence_at(l.end);
                }
                return;
            }
        }
        // A list item: its marker and number not read; it starts a sentence.
        if ((rest.front() == '-' || rest.front() == '*' || rest.front() == '+') &&
            (rest.size() == 1 || rest[1] == ' ' || rest[1] == '\t')) {
            mask(i, i + 1);
            end_sentence_at(i);
            skip_task_box(i + 1, l.end);
            return;
        }
        std::size_t digits = 0;
        while (digits < rest.size() && digits < 10 && is_digit(rest[digits])) ++digits;
        if (digits >= 1 && digits <= 9 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
            (digits + 1 == rest.size() || rest[digits + 1] == ' ' || rest[digits + 1] == '\t')) {
            mask(i, i + digits + 1);
            end_sentence_at(i);
            skip_task_box(i + digits + 1, l.end);
        }
    }

    // "## 2. Casework", "## 3) Our people": a section's number, not a figure.
    void skip_item_number(std::size_t i, std::size_t end) {
        while (i < end && text_[i] == ' ') ++i;
        std::size_t j = i;
        while (j < end && is_digit(text_[j])) ++j;
        if (j > i && j < end && (text_[j] == '.' || text_[j] == ')') && (j + 1 == end || text_[j + 1] == ' ')) {
            mask(i, j + 1);
        }
    }
    void skip_task_box(std::size_t i, std::size_t end) {
        while (i < end && text_[i] == ' ') ++i;
        if (i + 2 < end && text_[i] == '[' && text_[i + 2] == ']' &&
            (text_[i + 1] == ' ' || text_[i + 1] == 'x' || text_[i + 1] == 'X')) {
            mask(i, i + 3);
        }
    }

    bool blocked(std::size_t i) const { return out_[i] == boundary || out_[i] == hidden; }
    // The end of a paragraph: a blank line or a sentence boundary.
    bool paragraph_end(std::size_t i) const {
        if (out_[i] == boundary) return true;
        if (out_[i] != '\n') return false;
        std::size_t j = i + 1;
        while (j < out_.size() && (out_[j] == ' ' || out_[j] == '\t')) ++j;
        return j >= out_.size() || out_[j] == '\n';
    }
    // The matching closing character from `i` (an opening one), in the same paragraph.
    std::optional<std::size_t> closing(std::size_t i, char open, char close) const {
        int depth = 0;
        for (std::size_t j = i; j < out_.size(); ++j) {
            if (j > i && paragraph_end(j)) return std::nullopt;
            if (text_[j] == '\\') {
                ++j;
                continue;
            }
            if (text_[j] == open) ++depth;
            if (text_[j] == close && --depth == 0) return j;
        }
        return std::nullopt;
    }

    void inline_pass() {
        std::size_t i = 0;
        while (i < out_.size()) {
            if (blocked(i)) {
                ++i;
                continue;
            }
            char c = text_[i];
            if (c == '\\' && i + 1 < out_.size()) {
                i += 2;
                continue;
            }
            std::size_t next = i + 1;
            if (c == '`') {
                next = code_span(i);
            } else if (c == '!' && i + 1 < out_.size() && text_[i + 1] == '[') {
                mask(i, i + 1);
            } else if (c == '[') {
                next = link(i);
            } else if (c == '<') {
                next = angle(i);
            } else if (c == '{' && i + 1 < out_.size() && text_[i + 1] == '#') {
                if (auto close = closing(i, '{', '}')) {
                    mask(i, *close + 1);
                    next = *close + 1;
                }
            } else if (word_start(i) && (starts(i, "http://") || starts(i, "https://") || starts(i, "www."))) {
                next = address(i);
            } else if (c == '@') {
                next = email(i);
            }
            i = std::max(next, i + 1);
        }
    }

    bool starts(std::size_t i, std::string_view s) const { return text_.substr(i, s.size()) == s; }
    bool word_start(std::size_t i) const { return i == 0 || is_space(text_[i - 1]) || text_[i - 1] == '('; }

    // A code span: an inline kpi embed is not read at all; an author's own
    // code (`2`) is published, so its text is read.
    std::size_t code_span(std::size_t i) {
        std::size_t run = 0;
        while (i + run < out_.size() && text_[i + run] == '`') ++run;
        for (std::size_t j = i + run; j < out_.size(); ++j) {
            if (paragraph_end(j)) break;
            if (text_[j] != '`') continue;
            std::size_t close = 0;
            while (j + close < out_.size() && text_[j + close] == '`') ++close;
            if (close != run) {
                j += close - 1;
                continue;
            }
            std::string inside = lower_text(text_.substr(i + run, j - i - run));
            std::size_t w = inside.find_first_not_of(" \n");
            bool embed = w != std::string::npos && inside.compare(w, 3, "kpi") == 0 &&
                         (w + 3 == inside.size() || is_space(inside[w + 3]));
            if (embed) {
                mask(i, j + close);
            } else {
                mask(i, i + run);
                mask(j, j + close);
            }
            return j + close;
        }
        return i + run;
    }

    // [text](target), [text][label], [^note]: the text is read, the rest not.
    std::size_t link(std::size_t i) {
        if (i + 1 < out_.size() && text_[i + 1] == '^') {
            if (auto close = closing(i, '[', ']')) {
                mask(i, *close + 1);
                return *close + 1;
            }
            return i + 1;
        }
        auto close = closing(i, '[', ']');
        if (!close) return i + 1;
        std::size_t after = *close + 1;
        if (after < out_.size() && (text_[after] == '(' || text_[after] == '[')) {
            auto target = closing(after, text_[after], text_[after] == '(' ? ')' : ']');
            if (target) {
                mask(i, i + 1);
                mask(*close, *target + 1);
                return i + 1;  // the link text is read as any other text
            }
        }
        return i + 1;
    }

    // <https://...>, <name@example.org>, <tag attr="...">, <!-- ... -->: not read.
    std::size_t angle(std::size_t i) {
        if (i + 1 >= out_.size()) return i + 1;
        char n = text_[i + 1];
        if (!is_ascii_letter(n) && n != '/' && n != '!' && n != '?') return i + 1;
        for (std::size_t j = i + 1; j < out_.size(); ++j) {
            if (paragraph_end(j)) return i + 1;
            if (text_[j] == '>') {
                mask(i, j + 1);
                return j + 1;
            }
        }
        return i + 1;
    }

    // A bare web address, up to the next space.
    std::size_t address(std::size_t i) {
        std::size_t j = i;
        while (j < out_.size() && !is_space(text_[j]) && !blocked(j)) ++j;
        mask_word(i, j, i);
        return j;
    }

    // An email address, the whole word around the '@'.
    std::size_t email(std::size_t i) {
        std::size_t from = i;
        while (from > 0 && !is_space(text_[from - 1]) && !blocked(from - 1)) --from;
        std::size_t to = i;
        while (to < out_.size() && !is_space(text_[to]) && !blocked(to)) ++to;
        mask_word(from, to, i);
        return to;
    }

    // Hides [from, to), but not the punctuation ending a sentence after it
    // (never before `keep`).
    void mask_word(std::size_t from, std::size_t to, std::size_t keep) {
        while (to > keep && std::string_view(".,;:!?)").find(text_[to - 1]) != std::string_view::npos) --to;
        mask(from, to);
    }

    std::string_view text_;
    std::string out_;
    bool in_fence_ = false;
    char fence_char_ = '`';
    std::size_t fence_run_ = 3;
    bool fence_hidden_ = false;
    bool in_table_ = false;
};

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
            if (c == boundary) {
                end_sentence();
                ++i;
            } else if (c == '\n') {
                std::size_t j = i + 1;
                while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t' || s_[j] == '\r')) ++j;
                if (j >= s_.size() || s_[j] == '\n' || s_[j] == boundary) end_sentence();
                ++i;
            } else if (is_space(c) || (sp && *sp == ' ')) {
                i += len;
            } else if (is_digit(c)) {
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
        return i >= s_.size() || is_space(s_[i]) || s_[i] == boundary;
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
            } else if (is_digit(s_[j])) {
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
        t.lower = lower_text(s_.substr(i, j - i));
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
        while (j < s_.size() && is_digit(s_[j])) ++j;
        bool comma = false;
        while (j + 3 < s_.size() + 0 && s_[j] == ',' && is_digit(s_[j + 1]) && is_digit(s_[j + 2]) &&
               is_digit(s_[j + 3]) && (j + 4 >= s_.size() || !is_digit(s_[j + 4]))) {
            comma = true;
            j += 4;
        }
        int decimals = 0;
        if (j + 1 < s_.size() && s_[j] == '.' && is_digit(s_[j + 1])) {
            ++j;
            while (j < s_.size() && is_digit(s_[j])) {
                ++j;
                ++decimals;
            }
        }
        Token t;
        t.offset = i;
        t.length = j - i;
        if (letter_at(j)) {  // "3rd", "10am", "2x"
            std::size_t k = j;
            while (k < s_.size() && (letter_at(k) || is_digit(s_[k])))
                k += utf8_length(static_cast<unsigned char>(s_[k]));
            k = std::min(k, s_.size());
            t.type = Token::Type::alnum;
            t.length = k - i;
            t.lower = lower_text(s_.substr(i, k - i));
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
        out_.push_back({std::move(tokens_), {begin, end}});
        tokens_.clear();
    }

    std::string_view s_;
    std::vector<Token> tokens_;
    std::vector<std::pair<std::vector<Token>, std::pair<std::size_t, std::size_t>>> out_;
};

// ---- Which numbers could be a figure ----

const std::set<std::string>& label_words() {
    // "Section 2", "Recommendation 3", "Outcome 16", "Right 4 of the Victims' Code":
    // a number naming a part of something, not a count of anything.
    static const std::set<std::string> words = {"action",
                                                "actions",
                                                "aim",
                                                "aims",
                                                "annex",
                                                "annexes",
                                                "appendix",
                                                "appendices",
                                                "area",
                                                "article",
                                                "articles",
                                                "box",
                                                "category",
                                                "chapter",
                                                "chapters",
                                                "chart",
                                                "clause",
                                                "clauses",
                                                "code",
                                                "column",
                                                "commitment",
                                                "commitments",
                                                "exhibit",
                                                "fig",
                                                "figure",
                                                "footnote",
                                                "footnotes",
                                                "goal",
                                                "grade",
                                                "item",
                                                "items",
                                                "level",
                                                "line",
                                                "measure",
                                                "no",
                                                "note",
                                                "notes",
                                                "number",
                                                "objective",
                                                "objectives",
                                                "option",
                                                "outcome",
                                                "outcomes",
                                                "p",
                                                "page",
                                                "pages",
                                                "para",
                                                "paragraph",
                                                "paragraphs",
                                                "part",
                                                "parts",
                                                "phase",
                                                "phases",
                                                "pillar",
                                                "point",
                                                "pp",
                                                "principle",
                                                "principles",
                                                "priority",
                                                "q",
                                                "quarter",
                                                "question",
                                                "questions",
                                                "rec",
                                                "recommendation",
                                                "recommendations",
                                                "right",
                                                "rights",
                                                "round",
                                                "rounds",
                                                "row",
                                                "rule",
                                                "rules",
                                                "schedule",
                                                "section",
                                                "sections",
                                                "stage",
                                                "stages",
                                                "standard",
                                                "standards",
                                                "step",
                                                "steps",
                                                "strand",
                                                "table",
                                                "tables",
                                                "target",
                                                "term",
                                                "theme",
                                                "tier",
                                                "version",
                                                "wave",
                                                "week",
                                                "workstream",
                                                "year",
                                                "day",
                                                "month"};
    return words;
}

const std::set<std::string>& month_names() {
    static const std::set<std::string> months = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december",
                                                 "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
                                                 "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
    return months;
}

// Words before "by" or "from" that make the number a change.
const std::set<std::string>& change_words() {
    static const std::set<std::string> words = {
        "rose",      "rise",     "risen",      "rising",     "fell",     "fall",       "fallen",  "falling",
        "increased", "increase", "increasing", "decreased",  "decrease", "decreasing", "dropped", "drop",
        "grew",      "grown",    "grow",       "declined",   "decline",  "reduced",    "reduce",  "improved",
        "worsened",  "changed",  "change",     "up",         "down",     "higher",     "lower",   "went",
        "gone",      "cut",      "shortened",  "lengthened", "longer",   "shorter",    "revised", "moved"};
    return words;
}

// Things a number may count that are never one of the figures: parts of
// the report, of the plan or of the year.
const std::set<std::string>& counted_things() {
    static const std::set<std::string> words = {
        "theme",          "themes",          "aim",        "aims",        "principle",  "principles",
        "recommendation", "recommendations", "section",    "sections",    "action",     "actions",
        "phase",          "phases",          "quarter",    "quarters",    "report",     "reports",
        "page",           "pages",           "time",       "times",       "way",        "ways",
        "area",           "areas",           "priority",   "priorities",  "team",       "teams",
        "meeting",        "meetings",        "session",    "sessions",    "panel",      "panels",
        "question",       "questions",       "step",       "steps",       "stage",      "stages",
        "part",           "parts",           "chapter",    "chapters",    "table",      "tables",
        "chart",          "charts",          "round",      "rounds",      "point",      "points",
        "rule",           "rules",           "commitment", "commitments", "indicator",  "indicators",
        "measure",        "measures",        "objective",  "objectives",  "workstream", "workstreams",
        "inspection",     "inspections"};
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
    std::string masked = markdown ? MarkdownMask(text).run() : std::string(text);
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
