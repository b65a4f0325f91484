#include "disclose/markdown_mask.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace candour {

namespace {

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
            if (out_[i] != '\n') out_[i] = masked_char;
        }
    }
    void end_sentence_at(std::size_t i) {
        if (i < out_.size()) out_[i] = sentence_end_char;
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
            if (chart_fence_ && chart_words(l, i)) return;
            if (fence_hidden_) mask(l.begin, l.end);
            end_sentence_at(l.end);  // a line of code is read on its own
            return;
        }
        char ch = 0;
        std::size_t run = 0;
        if (fence_at(i, l, ch, run)) {
            std::string info = lower_ascii(text_.substr(i + run, l.end - i - run));
            std::size_t w = info.find_first_not_of(" \t");
            std::string word = w == std::string::npos ? "" : info.substr(w, info.find_first_of(" \t{", w) - w);
            in_fence_ = true;
            fence_char_ = ch;
            fence_run_ = run;
            fence_hidden_ = word == "kpi" || word == "chart";
            chart_fence_ = word == "chart";
            chart_prose_ = false;
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
        if (i >= l.end) return;  // ">" and nothing after it
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
        while (digits < rest.size() && digits < 10 && is_digit_char(rest[digits])) ++digits;
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
        while (j < end && is_digit_char(text_[j])) ++j;
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

    bool blocked(std::size_t i) const { return out_[i] == sentence_end_char || out_[i] == masked_char; }
    // The end of a paragraph: a blank line or a sentence sentence_end_char.
    bool paragraph_end(std::size_t i) const {
        if (out_[i] == sentence_end_char) return true;
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
    bool word_start(std::size_t i) const { return i == 0 || is_space_char(text_[i - 1]) || text_[i - 1] == '('; }

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
            std::string inside = lower_ascii(text_.substr(i + run, j - i - run));
            std::size_t w = inside.find_first_not_of(" \n");
            bool embed = w != std::string::npos && inside.compare(w, 3, "kpi") == 0 &&
                         (w + 3 == inside.size() || is_space_char(inside[w + 3]));
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
        while (j < out_.size() && !is_space_char(text_[j]) && !blocked(j)) ++j;
        mask_word(i, j, i);
        return j;
    }

    // An email address, the whole word around the '@'.
    std::size_t email(std::size_t i) {
        std::size_t from = i;
        while (from > 0 && !is_space_char(text_[from - 1]) && !blocked(from - 1)) --from;
        std::size_t to = i;
        while (to < out_.size() && !is_space_char(text_[to]) && !blocked(to)) ++to;
        mask_word(from, to, i);
        return to;
    }

    // A chart block's own title and summary are published words, so they
    // are read: only their keys are hidden. A folded value's next lines
    // (indented) belong to the same sentence.
    bool chart_words(const Line& l, std::size_t i) {
        std::string_view rest = text_.substr(i, l.end - i);
        if (i == l.begin) {
            chart_prose_ = false;
            for (std::string_view key : {"title:", "summary:"}) {
                if (rest.substr(0, key.size()) != key) continue;
                mask(l.begin, i + key.size());
                end_sentence_at(l.begin);
                chart_prose_ = true;
                return true;
            }
            return false;
        }
        return chart_prose_ && i < l.end;
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
    bool chart_fence_ = false;  // inside a chart block
    bool chart_prose_ = false;  // inside its title or summary
    bool in_table_ = false;
};

}  // namespace

std::string mask_markdown(std::string_view text) {
    return MarkdownMask(text).run();
}

}  // namespace candour
