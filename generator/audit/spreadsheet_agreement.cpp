#include "audit/spreadsheet_agreement.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "io/xlsx_reader.hpp"
#include "kpi/download_row.hpp"

namespace candour {

namespace {

using Row = std::vector<std::string>;

std::string key_of(const Row& r) {
    return fmt::format("{} {} {} {}", spreadsheet_text(r[0]), r[2], spreadsheet_text(r[4]), spreadsheet_text(r[5]));
}

// A CSV cell and a spreadsheet cell agree when they are the same text, or
// the same number ("14.0" in the CSV is stored as 14).
bool same(std::string_view csv, const std::string& sheet) {
    csv = spreadsheet_text(csv);
    if (csv == sheet) return true;
    double a = 0, b = 0;
    auto [pa, ea] = std::from_chars(csv.data(), csv.data() + csv.size(), a);
    auto [pb, eb] = std::from_chars(sheet.data(), sheet.data() + sheet.size(), b);
    return !csv.empty() && !sheet.empty() && ea == std::errc() && eb == std::errc() && pa == csv.data() + csv.size() &&
           pb == sheet.data() + sheet.size() && a == b;
}

std::map<std::string, Row> csv_rows(const OutputFile& csv) {
    std::map<std::string, Row> rows;
    bool header = true;
    Diagnostics ignored;
    CsvText(csv.path, csv.bytes)
        .read(
            [&](CsvRecord& r) {
                if (!header && r.fields.size() == download_columns().size()) rows[key_of(r.fields)] = r.fields;
                header = false;
            },
            ignored);
    return rows;
}

// The rows of every table sheet under its header row of column titles.
std::vector<Row> sheet_rows(const std::vector<XlsxSheet>& sheets) {
    std::vector<std::string> titles;
    for (const auto& c : download_column_defs()) titles.emplace_back(c.title);
    std::vector<Row> rows;
    for (const auto& sheet : sheets) {
        bool below_header = false;
        for (Row r : sheet.rows) {
            r.resize(std::max(r.size(), titles.size()));
            if (below_header) rows.push_back(r);
            below_header = below_header || std::equal(titles.begin(), titles.end(), r.begin());
        }
    }
    return rows;
}

void compare(const OutputFile& xlsx, const OutputFile& csv, std::vector<std::string>& out) {
    std::size_t start = out.size();
    auto say = [&](const std::string& what) {
        if (out.size() - start < 20) out.push_back(xlsx.path + ": " + what);
    };
    auto sheets = read_xlsx(xlsx.bytes);
    if (!sheets) return say("not a spreadsheet that can be read back");
    auto expected = csv_rows(csv);
    auto rows = sheet_rows(*sheets);
    if (rows.size() != expected.size())
        say(fmt::format("{} rows where {} has {}", rows.size(), csv.path, expected.size()));
    const auto& columns = download_column_defs();
    for (const auto& r : rows) {
        auto it = expected.find(key_of(r));
        if (it == expected.end()) {
            say(fmt::format("a row for {} that {} does not have", key_of(r), csv.path));
            continue;
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (!same(it->second[c], r[c])) {
                say(fmt::format("{}, {}: '{}' where {} has '{}'", key_of(r), columns[c].title, r[c], csv.path,
                                spreadsheet_text(it->second[c])));
            }
        }
    }
}

}  // namespace

std::vector<std::string> spreadsheet_disagreements(const std::vector<OutputFile>& files) {
    std::map<std::string, const OutputFile*> by_path;
    for (const auto& f : files) by_path[f.path] = &f;
    std::vector<std::string> out;
    for (const auto& f : files) {
        if (!f.path.ends_with(".xlsx")) continue;
        auto csv = by_path.find(f.path.substr(0, f.path.size() - 5) + ".csv");
        if (csv == by_path.end()) {
            out.push_back(f.path + ": a spreadsheet with no CSV beside it to check it against");
            continue;
        }
        compare(f, *csv->second, out);
    }
    return out;
}

}  // namespace candour
