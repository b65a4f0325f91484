#pragma once
// The worksheets of an .xlsx as rows of cell text: shared and inline strings
// decoded, numbers as the file stores them ("52", "14.5"). Enough to read
// back what candour's spreadsheets say (the disclosure audit, the privacy
// gate and the tests); not a general spreadsheet reader (no formulas' results
// beyond their cached value, no dates).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

struct XlsxSheet {
    std::string name;
    std::vector<std::vector<std::string>> rows;  // row 1 first; a missing cell is ""
};

// Sheets in workbook order; nullopt if `bytes` is not a readable .xlsx.
std::optional<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes);

// Every piece of text in the archive's XML files (cells, sheet names, table
// headers, document properties), entities decoded, one piece a line: what a
// reader could see, for the privacy gate. The theme and styles, fixed by the
// writing library, are left out.
std::optional<std::string> xlsx_text(std::string_view bytes);

}  // namespace candour
