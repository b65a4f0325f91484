#pragma once
// A spreadsheet laid out as the Government Analysis Function's guidance on
// releasing statistics in spreadsheets asks (the pattern of ONS gptables and
// R a11ytables): a cover sheet, a contents sheet, a notes sheet, then one
// table a sheet, each an Excel table with a header row, no merged cells and
// no blank rows, numbers stored as numbers and symbols such as [c] as text
// in their cell. Written with libxlsxwriter; the same input gives the same
// bytes.
#include <string>
#include <utility>
#include <vector>

#include "io/keyed_file_cache.hpp"
#include "kpi/date.hpp"

namespace candour {

struct WorkbookColumn {
    std::string header;
    bool numeric = false;  // a cell that reads as a number is stored as one
    double width = 12;     // in characters
};

struct WorkbookTable {
    std::string title;        // first cell of its sheet, and its line in the contents
    std::string description;  // what the table holds (the contents sheet)
    std::vector<WorkbookColumn> columns;
    std::vector<std::vector<std::string>> rows;
};

struct StatisticsWorkbook {
    std::string title;
    // The cover sheet's sections: a heading and its text.
    std::vector<std::pair<std::string, std::string>> cover;
    std::vector<std::string> notes;  // numbered [note 1], [note 2], ... on the notes sheet
    std::vector<WorkbookTable> tables;
    std::string author;  // the organisation, in the file's properties
    Date created;        // the file's creation date: fixed, so builds repeat
};

// The .xlsx file's bytes; throws std::runtime_error if libxlsxwriter fails
// (it writes through a temporary file).
std::string write_workbook(const StatisticsWorkbook& book);

// write_workbook's bytes, taken from `cache` when the same workbook was made
// before. The key covers every field of `book` and this build of candour
// (io/program_id.hpp), so what comes back is byte for byte what
// write_workbook would make; the audit still reads every spreadsheet back.
std::string cached_workbook(const StatisticsWorkbook& book, const KeyedFileCache& cache);

// "Table_3": the sheet of the third table.
std::string table_sheet_name(std::size_t index);

}  // namespace candour
