#include "disclose/typed_figures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "diagnostics/text_position.hpp"
#include "disclose/internal/hidden_figures.hpp"
#include "disclose/written_numbers.hpp"
#include "load/text_file.hpp"
#include "messages/period_words.hpp"

namespace candour {

TypedFigureCheck make_typed_figure_check(std::shared_ptr<const HiddenFigures> figures) {
    TypedFigureCheck check;
    check.figures_ = std::move(figures);
    return check;
}

namespace {

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

// ---- What to read ----

// The front matter line `key: ...` of a content file, for a value read
// again from the file when a number is found in it.
std::optional<SourcePos> front_matter_value(const ContentFile& file, const std::string& key) {
    int line = 1;
    std::size_t at = 0;
    while (at < file.text.size() && line < file.body_first_line) {
        std::size_t nl = file.text.find('\n', at);
        if (nl == std::string::npos) nl = file.text.size();
        if (file.text.compare(at, key.size() + 1, key + ":") == 0)
            return SourcePos{file.path, line, static_cast<int>(key.size()) + 2};
        at = nl + 1;
        ++line;
    }
    return std::nullopt;
}

WrittenText yaml_value(const std::string& text, const SourcePos& pos, std::vector<Period> periods, bool every) {
    WrittenText t;
    t.text = text;
    t.start = pos;
    t.verbatim = false;
    t.periods = std::move(periods);
    t.every_period = every;
    return t;
}

// ---- Where a number is ----

// The byte offset of a 1-based line and character column.
std::size_t offset_of(const std::string& text, const SourcePos& pos) {
    std::size_t at = offset_of_line(text, pos.line);
    for (int col = 1; col < pos.col && at < text.size() && text[at] != '\n'; ++col) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Finds byte `wanted` of a YAML value in the file, walking both from the
// value's start: spaces, line breaks and indentation may differ (folding,
// block scalars), every other character must agree. Nothing when they
// part (an escape the loader turned into something else).
std::optional<std::size_t> align(const std::string& file, std::size_t from, const std::string& value,
                                 std::size_t wanted) {
    std::size_t j = from;
    while (j < file.size() && space(file[j])) ++j;
    if (j < file.size() && (file[j] == '|' || file[j] == '>')) {  // a block scalar's header line
        j = file.find('\n', j);
        if (j == std::string::npos) return std::nullopt;
    } else if (j < file.size() && (file[j] == '"' || file[j] == '\'')) {
        ++j;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (space(value[i])) continue;
        while (j < file.size() && space(file[j])) ++j;
        if (j < file.size() && file[j] != value[i] && (file[j] == '\\' || file[j] == '\'')) ++j;  // an escape
        if (j >= file.size() || file[j] != value[i]) return std::nullopt;
        if (i == wanted) return j;
        ++j;
    }
    return std::nullopt;
}

class Placer {
public:
    explicit Placer(const FileSystem& fs) : fs_(fs) {}

    SourcePos place(const WrittenText& t, std::size_t offset) {
        if (t.verbatim) {
            LineCol lc = line_col_at(t.text, offset);
            return {t.start.file, t.start.line + lc.line - 1, lc.line == 1 ? t.start.col + lc.col - 1 : lc.col};
        }
        const std::string* file = source(t.start.file);
        if (!file) return t.start;
        auto at = align(*file, offset_of(*file, t.start), t.text, offset);
        if (!at) return t.start;
        LineCol lc = line_col_at(*file, *at);
        return {t.start.file, lc.line, lc.col};
    }

private:
    const std::string* source(const std::string& path) {
        auto it = files_.find(path);
        if (it == files_.end()) {
            Diagnostics ignored;  // the loader has reported anything wrong with it
            it = files_.emplace(path, read_text_file(fs_, path, ignored)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

    const FileSystem& fs_;
    std::map<std::string, std::optional<std::string>> files_;
};

// ---- Whether a number gives a figure away ----

bool same_value(const WrittenNumber& n, const HiddenFigure& f) {
    using Kind = HiddenFigure::Kind;
    if (f.kind == Kind::count) return n.kind == WrittenNumber::Kind::plain && n.decimals == 0 && n.value == f.value;
    if (f.kind == Kind::percentage && n.kind != WrittenNumber::Kind::percentage) return false;
    if (f.kind != Kind::percentage && n.kind == WrittenNumber::Kind::percentage) return false;
    if (f.kind == Kind::other && n.kind != WrittenNumber::Kind::plain) return false;
    // At the precision written: "11%" gives away 11.2%, as "11.2%" does.
    double scale = std::pow(10.0, n.decimals);
    return std::abs(std::round(f.value * scale) / scale - n.value) < 1e-9;
}

bool has_phrase(const std::vector<std::string>& words, const Phrase& phrase) {
    for (std::size_t at = 0; at < words.size(); ++at) {
        if (phrase_at(words, at, phrase)) return true;
    }
    return false;
}

bool meets(const Clause& clause, const std::vector<std::string>& words) {
    return std::any_of(clause.begin(), clause.end(), [&](const Phrase& p) { return has_phrase(words, p); });
}

// 0: the sentence does not name the figure. Otherwise how closely: each
// naming met counts, the later ones (the group's) more, and the breakdown's
// words tell apart two groups named alike ("ethnicity ... not recorded").
int naming_score(const HiddenFigure& f, const std::vector<std::string>& words) {
    int score = 0;
    for (std::size_t i = 0; i < f.namings.size(); ++i) {
        const Naming& naming = f.namings[i];
        bool met = std::all_of(naming.begin(), naming.end(), [&](const Clause& c) { return meets(c, words); });
        if (met) score += 2 << i;
    }
    if (score > 0 && meets(f.breakdown_words, words)) score += 1;
    return score;
}

// Words that are part of a name with a number in it ("60 and over").
std::vector<bool> in_names(const Sentence& s, const HiddenFigures& h) {
    std::vector<bool> covered(s.words.size(), false);
    for (const auto& phrase : h.numbered_phrases) {
        for (std::size_t at = 0; at < s.words.size(); ++at) {
            if (!phrase_at(s.words, at, phrase)) continue;
            for (std::size_t k = at; k < at + phrase.size(); ++k) covered[k] = true;
        }
    }
    return covered;
}

std::string describe(const HiddenFigure& f) {
    std::string when = f.cumulative ? "every interview to " + f.period.label() : f.period.label();
    std::string what = f.name + ", " + when;
    if (!f.group_label.empty()) what += ", " + f.group_label;
    if (f.measure != "value") what += " (the " + f.measure + ")";
    return what;
}

// How to say it without the number. Never the value itself: the hint is
// read wherever the build's messages go.
std::string advice(const HiddenFigure& f, int min_count) {
    std::string place = f.embed.empty() ? "" : fmt::format(", or place it with {}, which shows [c]", f.embed);
    std::string around =
        f.small ? fmt::format("write around it (\"fewer than {}\")", min_count) : std::string("leave the number out");
    return "typed into the text, it is published whatever disclosure control decided: " + around + place;
}

// The digits that every period's names hold (its year): a text holding
// none of them names no period. Empty when a name holds no digit, so that
// every text is then read whole.
std::set<std::string> year_anchors(const std::vector<std::pair<Period, std::vector<std::string>>>& period_names) {
    std::set<std::string> anchors;
    for (const auto& [period, names] : period_names) {
        for (const auto& name : names) {
            auto first = name.find_first_of("0123456789");
            if (first == std::string::npos) return {};
            auto last = name.find_first_not_of("0123456789", first);
            anchors.insert(name.substr(first, last == std::string::npos ? std::string::npos : last - first));
        }
    }
    return anchors;
}

}  // namespace

std::vector<WrittenText> page_text(const ContentFile& file) {
    std::vector<Period> periods;
    if (file.front.period) periods.push_back(*file.front.period);
    std::vector<WrittenText> out;
    WrittenText body;
    body.text = file.body;
    body.start = {file.path, file.body_first_line, 1};
    body.periods = periods;
    out.push_back(std::move(body));
    for (auto [key, value] : {std::pair{"title", &file.front.title}, std::pair{"summary", &file.front.summary}}) {
        if (value->empty()) continue;
        if (auto pos = front_matter_value(file, key)) {
            WrittenText t = yaml_value(*value, *pos, periods, false);
            t.markdown = false;
            out.push_back(std::move(t));
        }
    }
    return out;
}

std::vector<WrittenText> accountability_text(const Accountability& a) {
    std::vector<WrittenText> out;
    auto add = [&](const std::string& text, const SourcePos& pos, std::vector<Period> periods, bool every) {
        if (!text.empty() && !pos.file.empty()) out.push_back(yaml_value(text, pos, std::move(periods), every));
    };
    for (const auto& round : a.rounds) {
        for (const auto& f : round.findings) {
            add(f.said, f.said_pos, {}, true);
            add(f.did, f.did_pos, {}, true);
        }
    }
    for (const auto& t : a.trackers) {
        add(t.summary, t.summary_pos, {}, true);
        for (const auto* list : t.item_lists()) {
            for (const auto& r : *list) {
                add(r.text, r.text_pos, {}, true);
                add(r.response, r.response_pos, {}, true);
            }
        }
    }
    for (const auto& plan : a.plans) {
        add(plan.summary, plan.summary_pos, {plan.period}, false);
        for (const auto& section : plan.sections) {
            for (const auto& action : section.actions) {
                add(action.action, action.action_pos, {plan.period}, false);
                add(action.update, action.update_pos, {plan.period}, false);
            }
        }
    }
    return out;
}

void TypedFigureCheck::check(const std::vector<WrittenText>& texts, const FileSystem& fs, Diagnostics& diags,
                             const std::vector<const Messages*>& catalogues) const {
    if (!figures_ || figures_->figures.empty()) return;
    const HiddenFigures& h = *figures_;
    std::map<Period, std::vector<const HiddenFigure*>> by_period;
    for (const auto& f : h.figures) by_period[f.period].push_back(&f);
    std::vector<std::pair<Period, std::vector<std::string>>> period_names;
    for (const auto& p : h.periods) {
        std::vector<std::string> names{lower(p.code()), lower(p.label())};
        for (const Messages* m : catalogues) {
            std::string name = lower(period_label(p, *m));
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
        period_names.push_back({p, std::move(names)});
    }
    std::set<std::string> years = year_anchors(period_names);
    Placer placer(fs);
    for (const auto& text : texts) {
        // Text about no period, naming none: nothing to compare it with (most
        // pages of a large site), so it is not read at all. A text without
        // any year that a period's name holds names none; most pages of a
        // large site are told apart by that alone.
        if (text.periods.empty() && !text.every_period) {
            if (!years.empty() && std::none_of(years.begin(), years.end(), [&](const std::string& y) {
                    return text.text.find(y) != std::string::npos;
                }))
                continue;
            std::string all = lower(text.text);
            bool names_one = std::any_of(period_names.begin(), period_names.end(), [&](const auto& p) {
                return std::any_of(p.second.begin(), p.second.end(),
                                   [&](const std::string& n) { return all.find(n) != std::string::npos; });
            });
            if (!names_one) continue;
        }
        for (const Sentence& s : read_sentences(text.text, text.markdown)) {
            if (s.numbers.empty()) continue;
            std::set<Period> periods(text.periods.begin(), text.periods.end());
            std::string said = lower(text.text.substr(s.begin, s.end - s.begin));
            for (const auto& [p, names] : period_names) {
                bool named = text.every_period;
                for (const auto& n : names) named = named || said.find(n) != std::string::npos;
                if (named) periods.insert(p);
            }
            std::vector<bool> covered = in_names(s, h);
            for (const WrittenNumber& n : s.numbers) {
                if (covered[n.token]) continue;
                const HiddenFigure* found = nullptr;
                int best = 0;
                for (const auto& p : periods) {
                    auto it = by_period.find(p);
                    if (it == by_period.end()) continue;
                    for (const HiddenFigure* f : it->second) {
                        if (!same_value(n, *f)) continue;
                        int rank = naming_score(*f, s.words);
                        if (rank > best) {
                            best = rank;
                            found = f;
                        }
                    }
                }
                if (!found) continue;
                diags.error(placer.place(text, n.offset),
                            "a figure hidden by disclosure control is typed here: " + describe(*found),
                            advice(*found, h.min_count));
            }
        }
    }
}

}  // namespace candour
