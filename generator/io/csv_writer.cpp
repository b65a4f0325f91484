#include "io/csv_writer.hpp"

namespace candour {

namespace {

bool starts_formula(std::string_view cell) {
    return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

void append_field(std::string& line, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        line += s;
        return;
    }
    line += '"';
    for (char c : s) {
        if (c == '"') line += '"';
        line += c;
    }
    line += '"';
}

}  // namespace

std::string spreadsheet_safe(std::string_view cell) {
    return starts_formula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string_view spreadsheet_text(std::string_view cell) {
    if (cell.size() > 1 && cell.front() == '\'' && starts_formula(cell.substr(1))) cell.remove_prefix(1);
    return cell;
}

bool is_plain_number(std::string_view cell) {
    if (!cell.empty() && cell.front() == '-') cell.remove_prefix(1);
    bool digits = false, dot = false;
    for (char c : cell) {
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

CsvWriter::CsvWriter(const std::vector<std::string>& header, std::vector<bool> numeric) : numeric_(std::move(numeric)) {
    add(header);
}

void CsvWriter::add(const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) line += ',';
        bool keep = i < numeric_.size() && numeric_[i] && is_plain_number(row[i]);
        append_field(line, keep ? row[i] : spreadsheet_safe(row[i]));
    }
    text_ += line + "\r\n";
}

}  // namespace candour
