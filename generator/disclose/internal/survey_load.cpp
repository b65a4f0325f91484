// data/findings/survey.csv: period,theme,rating,count, one count a row.
#include "disclose/internal/survey_load.hpp"

#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>

#include "accountability/accountability.hpp"
#include "diagnostics/suggest.hpp"
#include "kpi/published_survey.hpp"
#include "io/csv_reader.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

const std::vector<std::string> columns = {"period", "theme", "rating", "count"};

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
        for (std::size_t i = 0; i < rec.fields.size(); ++i) {
            const std::string& name = rec.fields[i];
            if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
                diags_.error(csv_.field_pos(rec, i), fmt::format("unknown column '{}'", name),
                             did_you_mean(name, columns, "the columns are period, theme, rating and count"));
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
        if (p) c.period = *p;
        else diags_.error(at(rec, "period"), fmt::format("'{}' is not a period", cell(rec, "period")),
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
        diags_.error(at(rec, "count"), fmt::format("count '{}' is not a whole number of people", v), "write digits only, such as 6");
        return false;
    }

    bool unique(const CsvRecord& rec, const RawSurveyCount& c) {
        auto key = std::make_tuple(c.period.code(), c.theme, c.rating);
        auto [it, inserted] = seen_.emplace(key, c.pos.line);
        if (inserted) return true;
        diags_.error(csv_.record_pos(rec), fmt::format("a second count for {} {} {} (also on line {})", c.theme, c.rating,
                                                       c.period.code(), it->second),
                     "keep one row for each period, theme and rating");
        return false;
    }

    const CsvText& csv_;
    RawSurvey& out_;
    Diagnostics& diags_;
    std::map<std::string, std::size_t> column_;
    bool header_seen_ = false;
    bool header_ok_ = false;
    std::map<std::tuple<std::string, std::string, std::string>, int> seen_;
};

}  // namespace

RawSurvey read_survey(const std::string& path, const std::string& text, Diagnostics& diags) {
    RawSurvey out;
    out.present = true;
    CsvText csv(path, text);
    SurveyReader reader(csv, out, diags);
    bool readable = csv.read([&](CsvRecord& rec) { reader.record(rec); }, diags);
    if (readable && !reader.header_seen()) {
        diags.error({path, 1, 1}, "the survey table is empty",
                    "the first row must name period, theme, rating and count");
    }
    return out;
}

RawSurvey load_survey(const FileSystem& fs, Diagnostics& diags) {
    if (!fs.is_file(survey_file)) return {};
    auto text = read_text_file(fs, survey_file, diags);
    if (!text) return {};
    return read_survey(survey_file, *text, diags);
}

}  // namespace candour
