#include "audit/download_reader.hpp"

#include <charconv>

#include <fmt/format.h>

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "kpi/download_row.hpp"

namespace candour {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string first_line(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    std::string_view line = bytes.substr(0, bytes.find_first_of("\r\n"));
    return std::string(line);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
    return out;
}

// A cell as a reader sees it: a number (with its decimals), a symbol, or empty.
bool read_cell(std::string_view text, Figure& f) {
    text = spreadsheet_text(text);
    if (text.empty()) return false;
    if (text.front() == '[') {
        f.symbol = std::string(text);
        return true;
    }
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size()) return false;
    f.number = v;
    auto dot = text.find('.');
    f.decimals = dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
    return true;
}

class Reader {
public:
    Reader(const std::string& path, std::string_view bytes, DownloadedFigures& out, Diagnostics& diags)
        : csv_(path, bytes), out_(out), diags_(diags) {}

    // Columns by name, so files written by earlier versions read too.
    void read(bool survey) {
        csv_.read([&](CsvRecord& r) {
            if (header_.empty()) {
                for (std::size_t i = 0; i < r.fields.size(); ++i) header_[r.fields[i]] = i;
                return;
            }
            if (survey) survey_row(r);
            else kpi_row(r);
        }, diags_);
    }

private:
    std::string field(const CsvRecord& r, const char* name) const {
        auto it = header_.find(name);
        if (it == header_.end() || it->second >= r.fields.size()) return "";
        return std::string(spreadsheet_text(r.fields[it->second]));
    }

    void add(const CsvRecord& r, FigureKey key, const char* column) {
        Figure f;
        f.key = std::move(key);
        auto it = header_.find(column);
        if (it == header_.end() || it->second >= r.fields.size()) return;
        if (!read_cell(r.fields[it->second], f)) {
            if (!spreadsheet_text(r.fields[it->second]).empty()) {
                diags_.error(csv_.field_pos(r, it->second), fmt::format("'{}' is neither a number nor a symbol", r.fields[it->second]),
                             "this download was not written by candour, or was edited after publication");
            }
            return;
        }
        f.where = csv_.field_pos(r, it->second);
        out_.figures.push_back(std::move(f));
    }

    void kpi_row(const CsvRecord& r) {
        FigureKey key{field(r, "indicator"), field(r, "period"), field(r, "breakdown"), field(r, "group"), "value"};
        out_.units.emplace(key.table, field(r, "unit"));
        add(r, key, "value");
        key.measure = "numerator";
        add(r, key, "numerator");
        key.measure = "denominator";
        add(r, key, "denominator");
    }

    void survey_row(const CsvRecord& r) {
        std::string rating = field(r, "rating");
        bool total = rating == survey_total_rating;
        FigureKey key{"survey/" + field(r, "theme"), field(r, "period"), total ? "" : "rating", total ? "" : rating,
                      "value"};
        add(r, key, "count");
    }

    CsvText csv_;
    DownloadedFigures& out_;
    Diagnostics& diags_;
    std::map<std::string, std::size_t> header_;
};

}  // namespace

void read_download(const std::string& path, std::string_view bytes, DownloadedFigures& out, Diagnostics& diags) {
    if (!ends_with(path, ".csv")) return;
    std::string header = first_line(bytes);
    bool kpi = header == joined(download_columns());
    bool survey = header == joined(survey_download_columns());
    if (!kpi && !survey) return;
    ++out.files;
    Reader(path, bytes, out, diags).read(survey);
}

}  // namespace candour
