#include "audit/download_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "kpi/download_row.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view first_line(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes.substr(0, bytes.find_first_of("\r\n"));
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
    return out;
}

bool is_survey_download(std::string_view bytes) {
    return first_line(bytes) == joined(survey_download_columns());
}

// A cell as a reader sees it: a number (with its decimals), a symbol, or empty.
bool read_cell(std::string_view text, Figure& f) {
    text = spreadsheet_text(text);
    if (text.empty()) return false;
    if (text.size() == 3 && text.front() == '[' && text.back() == ']') {
        f.symbol = text[1];
        return true;
    }
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size()) return false;
    f.number = v;
    auto dot = text.find('.');
    f.decimals =
        static_cast<std::uint8_t>(dot == std::string_view::npos ? 0 : std::min<std::size_t>(text.size() - dot - 1, 15));
    return true;
}

// Columns are found by name in the first row.
class Reader {
public:
    Reader(const std::string& path, std::string_view bytes, std::uint32_t file, std::uint8_t edition,
           DownloadedFigures& out, Diagnostics& diags)
        : csv_(path, bytes), file_(file), edition_(edition), out_(out), diags_(diags) {}

    void read(bool survey) {
        csv_.read(
            [&](CsvRecord& r) {
                if (header_.empty()) {
                    for (std::size_t i = 0; i < r.fields.size(); ++i) header_[r.fields[i]] = i;
                    return;
                }
                if (survey)
                    survey_row(r);
                else
                    kpi_row(r);
            },
            diags_);
    }

private:
    std::string_view field(const CsvRecord& r, const char* name) const {
        auto it = header_.find(name);
        if (it == header_.end() || it->second >= r.fields.size()) return "";
        return spreadsheet_text(r.fields[it->second]);
    }

    void add(const CsvRecord& r, const CellId& cell, const char* column) {
        auto it = header_.find(column);
        if (it == header_.end() || it->second >= r.fields.size()) return;
        Figure f;
        if (!read_cell(r.fields[it->second], f)) {
            if (!spreadsheet_text(r.fields[it->second]).empty()) {
                diags_.error(csv_.field_pos(r, it->second),
                             fmt::format("'{}' is neither a number nor a symbol", r.fields[it->second]),
                             "this download was not written by candour, or was edited after publication");
            }
            return;
        }
        f.cell = cell;
        f.cell.edition = edition_;
        f.revised = revised_;
        f.file = file_;
        f.offset = csv_.field_offset(r, it->second);
        out_.publication.figures.push_back(f);
    }

    void kpi_row(const CsvRecord& r) {
        FigureNames& names = out_.publication.names;
        std::string_view indicator = field(r, "indicator");
        if (out_.units.find(std::string(indicator)) == out_.units.end()) {
            out_.units.emplace(std::string(indicator), std::string(field(r, "unit")));
        }
        CellId cell =
            names.cell(indicator, field(r, "period"), field(r, "breakdown"), field(r, "group"), Measure::value);
        revised_ = field(r, "status") == "r";
        add(r, cell, "value");
        cell.measure = Measure::numerator;
        add(r, cell, "numerator");
        cell.measure = Measure::denominator;
        add(r, cell, "denominator");
    }

    void survey_row(const CsvRecord& r) {
        std::string_view rating = field(r, "rating");
        bool total = rating == survey_total_rating;
        std::string table = survey_table_name(std::string(field(r, "theme")), std::string(field(r, "breakdown")),
                                              std::string(field(r, "group")));
        add(r,
            out_.publication.names.cell(table, field(r, "period"), total ? "" : "rating", total ? "" : rating,
                                        Measure::value),
            "count");
    }

    CsvText csv_;
    std::uint32_t file_;
    std::uint8_t edition_;
    bool revised_ = false;
    DownloadedFigures& out_;
    Diagnostics& diags_;
    std::map<std::string, std::size_t> header_;
};

}  // namespace

void DownloadedFigures::merge(DownloadedFigures&& other) {
    FigureNames& to = publication.names;
    const FigureNames& from = other.publication.names;
    std::vector<std::uint32_t> tables, periods, series;
    std::vector<std::uint8_t> editions;
    for (std::uint32_t i = 0; i < from.editions(); ++i)
        editions.push_back(to.edition(from.edition_name(static_cast<std::uint8_t>(i))));
    for (std::uint32_t i = 0; i < from.tables(); ++i) tables.push_back(to.table(from.table_name(i)));
    for (std::uint32_t i = 0; i < from.periods(); ++i) periods.push_back(to.period(from.period_name(i)));
    for (std::uint32_t i = 0; i < from.series_count(); ++i)
        series.push_back(to.series(from.breakdown_of(i), from.group_of(i)));
    for (Figure f : other.publication.figures) {
        f.cell = {tables[f.cell.table], periods[f.cell.period], series[f.cell.series], f.cell.measure,
                  editions[f.cell.edition]};
        publication.figures.push_back(f);
    }
    units.merge(other.units);
}

bool is_download(const std::string& path, std::string_view bytes) {
    return ends_with(path, ".csv") && (first_line(bytes) == joined(download_columns()) || is_survey_download(bytes));
}

void read_download(const std::string& path, std::string_view bytes, std::uint32_t file, DownloadedFigures& out,
                   Diagnostics& diags, std::string_view edition) {
    if (!is_download(path, bytes)) return;
    std::uint8_t e = out.publication.names.edition(edition);
    Reader(path, bytes, file, e, out, diags).read(is_survey_download(bytes));
}

}  // namespace candour
