// data/findings/survey.csv: period,theme,rating,count, one count a row; with
// the optional columns breakdown,group, a group's count (survey.yaml).
#include "disclose/internal/survey_load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "accountability/accountability.hpp"
#include "diagnostics/suggest.hpp"
#include "io/csv_reader.hpp"
#include "kpi/published_survey.hpp"
#include "load/survey_breakdowns.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

const std::vector<std::string> columns = {"period", "theme", "rating", "count"};
const std::vector<std::string> optional_columns = {"breakdown", "group"};

std::vector<std::string> surveyed_themes() {
    std::vector<std::string> ids;
    for (const auto& t : finding_themes()) {
        if (t.surveyed) ids.push_back(t.id);
    }
    return ids;
}

std::vector<std::string> rating_ids() {
    std::vector<std::string> ids;
    for (const auto& r : survey_ratings) ids.emplace_back(r.id);
    return ids;
}

class SurveyReader {
public:
    SurveyReader(const CsvText& csv, RawSurvey& out, Diagnostics& diags) : csv_(csv), out_(out), diags_(diags) {}

    void record(const CsvRecord& rec) {
        if (!header_seen_) return header(rec);
        if (!header_ok_) return;  // the header's problem was reported
        RawSurveyCount c;
        c.pos = csv_.record_pos(rec);
        // Every cell is checked, so one run reports all of a row's problems.
        bool ok = period(rec, c);
        ok = choice(rec, "theme", surveyed_themes(), c.theme) && ok;
        ok = choice(rec, "rating", rating_ids(), c.rating) && ok;
        ok = count(rec, c) && ok;
        ok = subgroup(rec, c) && ok;
        if (!ok || !unique(rec, c)) return;
        out_.counts.push_back(std::move(c));
    }

    bool header_seen() const { return header_seen_; }

private:
    void header(const CsvRecord& rec) {
        header_seen_ = true;
        if (rec.fields.size() == 1 && rec.fields[0].find_first_of(";\t") != std::string::npos) {
            diags_.error(
                csv_.record_pos(rec), "the first row has no commas: its cells are separated by something else",
                "save the sheet from Excel as 'CSV UTF-8 (Comma delimited)', so that commas separate the cells");
            return;
        }
        header_ok_ = true;
        std::vector<std::string> known = columns;
        known.insert(known.end(), optional_columns.begin(), optional_columns.end());
        for (std::size_t i = 0; i < rec.fields.size(); ++i) {
            const std::string& name = rec.fields[i];
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                diags_.error(csv_.field_pos(rec, i), fmt::format("unknown column '{}'", name),
                             did_you_mean(name, known,
                                          "the columns are period, theme, rating and count, and optionally "
                                          "breakdown and group"));
                header_ok_ = false;
            } else if (!column_.emplace(name, i).second) {
                diags_.error(csv_.field_pos(rec, i), fmt::format("column '{}' appears twice", name),
                             "delete one of them");
                header_ok_ = false;
            }
        }
        for (const auto& name : columns) {
            if (!column_.count(name)) {
                diags_.error(csv_.record_pos(rec), fmt::format("the survey table has no '{}' column", name),
                             "the first row must name period, theme, rating and count");
                header_ok_ = false;
            }
        }
        if (column_.count("breakdown") != column_.count("group")) {
            diags_.error(csv_.record_pos(rec), "the survey table has one of the 'breakdown' and 'group' columns",
                         "add the other: a group's ratings name its breakdown and its group");
            header_ok_ = false;
        } else if (column_.count("breakdown") && out_.breakdowns.empty()) {
            diags_.error(csv_.field_pos(rec, column_.at("breakdown")),
                         "the survey table has a 'breakdown' column, but no breakdowns are declared",
                         fmt::format("declare each breakdown and its groups in {}; see "
                                     "docs/findings-and-trackers.md",
                                     survey_breakdowns_file));
            header_ok_ = false;
        }
    }

    // The optional breakdown and group: both empty for the overall ratings,
    // or a declared breakdown and one of its groups.
    bool subgroup(const CsvRecord& rec, RawSurveyCount& c) {
        if (!column_.count("breakdown")) return true;
        const std::string& b = cell(rec, "breakdown");
        const std::string& g = cell(rec, "group");
        if (b.empty() && g.empty()) return true;
        if (b.empty()) {
            diags_.error(at(rec, "breakdown"), fmt::format("group '{}' has no breakdown", g),
                         "name the breakdown it belongs to, or leave both empty for the overall ratings");
            return false;
        }
        std::vector<std::string> ids;
        const SurveyBreakdown* found = nullptr;
        for (const auto& d : out_.breakdowns) {
            ids.push_back(d.id);
            if (d.id == b) found = &d;
        }
        if (!found) {
            diags_.error(at(rec, "breakdown"), fmt::format("unknown breakdown '{}'", b),
                         did_you_mean(b, ids,
                                      fmt::format("declare it in {}, or use one of: {}", survey_breakdowns_file,
                                                  fmt::join(ids, ", "))));
            return false;
        }
        if (std::find(found->groups.begin(), found->groups.end(), g) == found->groups.end()) {
            diags_.error(at(rec, "group"), fmt::format("unknown group '{}' of breakdown '{}'", g, b),
                         did_you_mean(g, found->groups,
                                      fmt::format("use one of: {} (declared in {})", fmt::join(found->groups, ", "),
                                                  survey_breakdowns_file)));
            return false;
        }
        c.breakdown = b;
        c.group = g;
        return true;
    }

    const std::string& cell(const CsvRecord& rec, const char* name) const {
        static const std::string empty;
        std::size_t i = column_.at(name);
        return i < rec.fields.size() ? rec.fields[i] : empty;
    }
    SourcePos at(const CsvRecord& rec, const char* name) const { return csv_.field_pos(rec, column_.at(name)); }

    bool period(const CsvRecord& rec, RawSurveyCount& c) {
        auto p = Period::parse(cell(rec, "period"));
        c.period_pos = at(rec, "period");
        if (p)
            c.period = *p;
        else
            diags_.error(at(rec, "period"), fmt::format("'{}' is not a period", cell(rec, "period")),
                         "write a quarter as '2024-25 Q1' or a month as '2024-04'");
        return p.has_value();
    }

    bool choice(const CsvRecord& rec, const char* name, const std::vector<std::string>& allowed, std::string& out) {
        const std::string& v = cell(rec, name);
        if (std::find(allowed.begin(), allowed.end(), v) != allowed.end()) {
            out = v;
            return true;
        }
        diags_.error(at(rec, name), fmt::format("unknown {} '{}'", name, v),
                     did_you_mean(v, allowed, fmt::format("use one of: {}", fmt::join(allowed, ", "))));
        return false;
    }

    bool count(const CsvRecord& rec, RawSurveyCount& c) {
        const std::string& v = cell(rec, "count");
        int n = 0;
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec == std::errc() && ptr == v.data() + v.size() && n >= 0 && !v.empty()) {
            c.count = n;
            return true;
        }
        diags_.error(at(rec, "count"), fmt::format("count '{}' is not a whole number of people", v),
                     "write digits only, such as 6");
        return false;
    }

    bool unique(const CsvRecord& rec, const RawSurveyCount& c) {
        auto key = std::make_tuple(c.period.code(), c.theme, c.rating, c.breakdown, c.group);
        auto [it, inserted] = seen_.emplace(key, c.pos.line);
        if (inserted) return true;
        std::string who = c.breakdown.empty() ? "" : fmt::format(" {}={}", c.breakdown, c.group);
        diags_.error(csv_.record_pos(rec),
                     fmt::format("a second count for {} {} {}{} (also on line {})", c.theme, c.rating, c.period.code(),
                                 who, it->second),
                     "keep one row for each period, theme, rating and group");
        return false;
    }

    const CsvText& csv_;
    RawSurvey& out_;
    Diagnostics& diags_;
    std::map<std::string, std::size_t> column_;
    bool header_seen_ = false;
    bool header_ok_ = false;
    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, int> seen_;
};

}  // namespace

// Each breakdown given for a theme splits everyone interviewed in every
// period: its groups' counts add up to the overall count of each rating.
// Else the tables published would contradict each other, and the audit's
// relation "the groups add up to the overall ratings" would not hold.
static void check_group_sums(const RawSurvey& survey, Diagnostics& diags) {
    using Key = std::tuple<std::string, std::string, std::string>;  // theme, period, rating
    std::map<Key, double> overall;
    std::map<std::string, std::set<Period>> theme_periods;
    std::map<std::pair<std::string, std::string>, SourcePos> used;  // theme, breakdown -> first row
    std::map<std::pair<std::string, Key>, double> groups;           // breakdown, key
    for (const auto& c : survey.counts) {
        Key key{c.theme, c.period.code(), c.rating};
        if (c.breakdown.empty()) {
            overall[key] += c.count;
            theme_periods[c.theme].insert(c.period);
        } else {
            used.try_emplace({c.theme, c.breakdown}, c.pos);
            groups[{c.breakdown, key}] += c.count;
        }
    }
    for (const auto& [tb, pos] : used) {
        const auto& [theme, breakdown] = tb;
        std::vector<std::string> wrong;
        for (const auto& p : theme_periods[theme]) {
            for (const auto& r : survey_ratings) {
                Key key{theme, p.code(), r.id};
                auto g = groups.find({breakdown, key});
                double in_groups = g == groups.end() ? 0 : g->second;
                if (in_groups != overall[key]) wrong.push_back(fmt::format("{} {}", p.code(), r.id));
            }
        }
        if (wrong.empty()) continue;
        diags.error(pos,
                    fmt::format("the groups of breakdown '{}' do not add up to the overall ratings of {} for: {}",
                                breakdown, theme, fmt::join(wrong, ", ")),
                    "give every group's count for each period and rating, zeros included, so that they add up to "
                    "the overall count (add a group such as 'Not recorded' to the breakdown if some are unknown)");
    }
}

RawSurvey read_survey(const std::string& path, const std::string& text, Diagnostics& diags,
                      const std::vector<SurveyBreakdown>& breakdowns) {
    RawSurvey out;
    out.present = true;
    out.breakdowns = breakdowns;
    CsvText csv(path, text);
    SurveyReader reader(csv, out, diags);
    bool readable = csv.read([&](CsvRecord& rec) { reader.record(rec); }, diags);
    if (readable && !reader.header_seen()) {
        diags.error({path, 1, 1}, "the survey table is empty",
                    "the first row must name period, theme, rating and count");
    }
    int before = diags.error_count();
    check_group_sums(out, diags);
    // Groups that do not add up are not published: the overall ratings still are.
    if (diags.error_count() > before) {
        out.counts.erase(std::remove_if(out.counts.begin(), out.counts.end(),
                                        [](const RawSurveyCount& c) { return !c.breakdown.empty(); }),
                         out.counts.end());
    }
    return out;
}

RawSurvey load_survey(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language) {
    auto breakdowns = load_survey_breakdowns(fs, diags, language);
    if (!fs.is_file(survey_file)) return {};
    auto text = read_text_file(fs, survey_file, diags);
    if (!text) return {};
    return read_survey(survey_file, *text, diags, breakdowns);
}

}  // namespace candour
