// data/kpi/*.csv: tidy KPI tables, one observation a row, columns in any order.
#include "disclose/internal/kpi_tables.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "diagnostics/suggest.hpp"
#include "io/csv_reader.hpp"
#include "kpi/figure_text.hpp"
#include "load/kpi_catalogue.hpp"
#include "load/text_file.hpp"

namespace candour {

const std::vector<std::string>& column_names() {
    static const std::vector<std::string> names = {"indicator",   "period", "breakdown", "group", "value", "numerator",
                                                   "denominator", "base",   "status",    "unit",  "note"};
    return names;
}

SourcePos RawKpi::pos(const RawObservation& obs, Column column) const {
    if (obs.source >= files.size()) return {};  // made in memory, as tests do
    const KpiFile& file = *files[obs.source];
    CsvRecord record{{}, obs.offset};
    int index = file.column_of[static_cast<std::size_t>(column)];
    return index < 0 ? file.csv().record_pos(record) : file.csv().field_pos(record, static_cast<std::size_t>(index));
}

SourcePos RawKpi::row_pos(const RawObservation& obs) const {
    if (obs.source >= files.size()) return {};
    return files[obs.source]->csv().record_pos({{}, obs.offset});
}

namespace {

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

class TableReader {
public:
    TableReader(KpiFile& file, std::uint32_t index, RawKpi& kpi, Diagnostics& diags)
        : file_(file),
          index_(index),
          kpi_(kpi),
          diags_(diags),
          csv_(file.path, file.text),
          errors_before_(diags.error_count()) {
        file_.column_of.fill(-1);
    }

    void read() {
        bool header_done = false;
        csv_.read(
            [&](CsvRecord& record) {
                if (!header_done) {
                    header_done = true;
                    header_ok_ = read_header(record);
                    return;
                }
                if (!header_ok_ || stopped_) return;
                // A wholly wrong file (say, the wrong export) would bury the
                // useful messages: stop after enough to show the pattern.
                if (diags_.error_count() - errors_before_ >= max_errors_per_file) {
                    diags_.error(csv_.record_pos(record), "too many errors in this file; stopped reading it here",
                                 "fix the errors above, which may share one cause, and build again");
                    stopped_ = true;
                    return;
                }
                ++rows_;
                read_row(record);
            },
            diags_);
        if (!header_done) {
            diags_.error({file_.path, 1, 1}, "the KPI table is empty", "the first row must name the columns");
        } else if (header_ok_ && rows_ == 0) {
            diags_.error({file_.path, 1, 1}, "the KPI table has no rows below its first row",
                         "add a row for each figure, or delete the file if it was saved by mistake");
        }
    }

private:
    // Excel in some regional settings separates cells with semicolons; then
    // the whole first row is one cell, and every name in it looks unknown.
    bool other_separator(const CsvRecord& header) {
        if (header.fields.size() != 1) return false;
        const std::string& only = header.fields.front();
        const char* name = only.find(';') != std::string::npos    ? "semicolons"
                           : only.find('\t') != std::string::npos ? "tabs"
                                                                  : nullptr;
        if (!name) return false;
        diags_.error(csv_.record_pos(header),
                     fmt::format("the first row has no commas: its cells are separated by {}", name),
                     "save the sheet from Excel as 'CSV UTF-8 (Comma delimited)', so that commas separate the cells");
        return true;
    }

    bool read_header(const CsvRecord& header) {
        if (other_separator(header)) return false;
        bool ok = true;
        header_size_ = header.fields.size();
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            std::string name = lower(trim(header.fields[i]));
            if (name.empty()) continue;  // Excel often exports empty trailing columns
            auto it = std::find(column_names().begin(), column_names().end(), name);
            if (it == column_names().end()) {
                diags_.error(csv_.field_pos(header, i), fmt::format("unknown column '{}'", header.fields[i]),
                             did_you_mean(name, column_names(),
                                          "the columns are: " + fmt::format("{}", fmt::join(column_names(), ", "))));
                ok = false;
                continue;
            }
            auto col = static_cast<std::size_t>(it - column_names().begin());
            if (file_.column_of[col] >= 0) {
                diags_.error(csv_.field_pos(header, i), fmt::format("column '{}' appears twice", name),
                             "delete one of them");
                ok = false;
            }
            file_.column_of[col] = static_cast<int>(i);
        }
        for (auto required : {Column::indicator, Column::period}) {
            if (has(required)) continue;
            diags_.error(csv_.record_pos(header), fmt::format("the table has no '{}' column", name_of(required)),
                         "add it to the first row; see docs/kpi-data.md");
            ok = false;
        }
        if (!has(Column::value) && !(has(Column::numerator) && has(Column::denominator))) {
            diags_.error(csv_.record_pos(header),
                         "the table has neither a 'value' column nor 'numerator' and 'denominator'",
                         "add a 'value' column, or 'numerator' and 'denominator' for percentages");
            ok = false;
        }
        return ok;
    }

    bool has(Column c) const { return file_.column_of[static_cast<std::size_t>(c)] >= 0; }
    static const std::string& name_of(Column c) { return column_names()[static_cast<std::size_t>(c)]; }

    std::string field(const CsvRecord& r, Column c) const {
        int i = file_.column_of[static_cast<std::size_t>(c)];
        if (i < 0 || static_cast<std::size_t>(i) >= r.fields.size()) return "";
        return trim(r.fields[static_cast<std::size_t>(i)]);
    }

    SourcePos pos(const CsvRecord& r, Column c) const {
        return csv_.field_pos(r, static_cast<std::size_t>(std::max(0, file_.column_of[static_cast<std::size_t>(c)])));
    }

    std::optional<double> number(const CsvRecord& r, Column c, bool& ok) {
        std::string text = field(r, c);
        if (text.empty()) return std::nullopt;
        FigureText figure = read_figure(text);
        const std::optional<double>& n = figure.value;
        if (!n) {
            diags_.error(pos(r, c), fmt::format("{} '{}' {}", name_of(c), text, figure.problem), figure.hint);
            ok = false;
        } else if (*n < 0) {
            diags_.error(pos(r, c), fmt::format("{} '{}' is negative", name_of(c), text),
                         "KPI figures count people, cases or days, so they cannot be below zero");
            ok = false;
        }
        return n;
    }

    void read_row(const CsvRecord& r) {
        for (std::size_t i = header_size_; i < r.fields.size(); ++i) {
            if (trim(r.fields[i]).empty()) continue;
            diags_.error(
                csv_.field_pos(r, i),
                fmt::format("this row has {} cells but the first row names {} columns", r.fields.size(), header_size_),
                "remove the extra cells, or put quotes around a cell that contains a comma");
            return;
        }
        RawObservation obs;
        obs.source = index_;
        obs.offset = r.offset;
        bool ok = true;
        obs.indicator = field(r, Column::indicator);
        if (obs.indicator.empty()) {
            diags_.error(pos(r, Column::indicator), "the indicator is empty",
                         "write the indicator's id from the catalogue");
            ok = false;
        }
        ok &= read_period(r, obs);
        ok &= read_breakdown(r, obs);
        obs.value = number(r, Column::value, ok);
        obs.numerator = number(r, Column::numerator, ok);
        obs.denominator = number(r, Column::denominator, ok);
        obs.base = number(r, Column::base, ok);
        ok &= read_status(r, obs);
        obs.unit = field(r, Column::unit);
        obs.note = field(r, Column::note);
        if (ok) kpi_.observations.push_back(std::move(obs));
    }

    bool read_period(const CsvRecord& r, RawObservation& obs) {
        std::string text = field(r, Column::period);
        if (auto p = Period::parse(text)) {
            obs.period = *p;
            return true;
        }
        diags_.error(pos(r, Column::period), fmt::format("'{}' is not a period", text),
                     "write quarters as '2024-25 Q1' (April to June 2024), months as '2024-04' and financial "
                     "years as '2024-25'");
        return false;
    }

    bool read_breakdown(const CsvRecord& r, RawObservation& obs) {
        obs.breakdown = field(r, Column::breakdown);
        obs.group = field(r, Column::group);
        if (obs.breakdown.empty() == obs.group.empty()) return true;
        Column empty = obs.breakdown.empty() ? Column::breakdown : Column::group;
        diags_.error(pos(r, empty),
                     fmt::format("'{}' is empty but '{}' is not", name_of(empty),
                                 name_of(empty == Column::breakdown ? Column::group : Column::breakdown)),
                     "give both a breakdown and a group, or leave both empty for the overall figure");
        return false;
    }

    bool read_status(const CsvRecord& r, RawObservation& obs) {
        std::string text = lower(field(r, Column::status));
        if (text.empty() || text == "final") return true;
        if (text == "p" || text == "provisional")
            obs.status = Status::provisional;
        else if (text == "r" || text == "revised")
            obs.status = Status::revised;
        else {
            diags_.error(pos(r, Column::status), fmt::format("unknown status '{}'", field(r, Column::status)),
                         "use 'p' (provisional), 'r' (revised), or leave it empty");
            return false;
        }
        return true;
    }

    KpiFile& file_;
    std::uint32_t index_;
    RawKpi& kpi_;
    Diagnostics& diags_;
    CsvText csv_;
    bool header_ok_ = false;
    std::size_t header_size_ = 0;
    int errors_before_;
    bool stopped_ = false;
    std::size_t rows_ = 0;
    static constexpr int max_errors_per_file = 50;
};

}  // namespace

void load_kpi_table(const std::string& path, std::string text, RawKpi& kpi, Diagnostics& diags) {
    auto file = std::make_unique<KpiFile>();
    file->path = path;
    file->text = std::move(text);
    auto index = static_cast<std::uint32_t>(kpi.files.size());
    kpi.files.push_back(std::move(file));
    TableReader(*kpi.files.back(), index, kpi, diags).read();
}

RawKpi load_kpi(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language) {
    RawKpi kpi;
    auto files = fs.list_files(kpi_dir);
    kpi.present = !files.empty();
    if (!kpi.present) return kpi;
    if (!fs.is_file(kpi_catalogue_file)) {
        diags.error({kpi_catalogue_file, 1, 1}, "the KPI tables have no catalogue",
                    fmt::format("add {} describing each indicator; see docs/kpi-data.md", kpi_catalogue_file));
    }
    kpi.catalogue = load_kpi_catalogue(fs, diags, language);
    for (const auto& path : files) {
        if (path.size() < 4 || path.compare(path.size() - 4, 4, ".csv") != 0) continue;
        auto text = read_text_file(fs, path, diags);
        if (text) load_kpi_table(path, std::move(*text), kpi, diags);
    }
    return kpi;
}

}  // namespace candour
