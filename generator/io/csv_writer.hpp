#pragma once
// CSV for people who open it in a spreadsheet: RFC 4180 with CRLF line ends,
// and no cell a spreadsheet would run as a formula. Following OWASP's
// guidance on CSV injection, a text cell that starts with =, +, -, @, a tab
// or a carriage return gets a leading apostrophe; a number in a numeric
// column (such as -2.5) is left as it is.
#include <string>
#include <string_view>
#include <vector>

namespace candour {

// The cell as written for a spreadsheet.
std::string spreadsheet_safe(std::string_view cell);
// What spreadsheet_safe was given, for reading our own files back.
std::string_view spreadsheet_text(std::string_view cell);
// A plain decimal number: optional minus, digits, optional fraction.
bool is_plain_number(std::string_view cell);

class CsvWriter {
public:
    // Cells in `numeric` columns are kept when they are plain numbers.
    explicit CsvWriter(const std::vector<std::string>& header, std::vector<bool> numeric = {});
    void add(const std::vector<std::string>& row);
    const std::string& text() const { return text_; }

private:
    std::vector<bool> numeric_;
    std::string text_;
};

}  // namespace candour
