#pragma once
// Reads CSV with libcsv (quoted fields, doubled quotes, embedded commas and
// newlines) and keeps where each record starts, so errors can name the line
// and column of any field.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "diagnostics/text_position.hpp"

namespace candour {

struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t offset = 0;  // byte offset of the record's first character
};

class CsvText {
public:
    // `text` must outlive this object: records point into it for positions.
    CsvText(std::string file, std::string_view text) : file_(std::move(file)), text_(text) {}

    // Calls `on_record` for each record, header included, in order. Blank
    // lines are skipped. Returns false after reporting a malformed file.
    bool read(const std::function<void(CsvRecord&)>& on_record, Diagnostics& diags) const;

    // The position of field `index` of `record` (or of the record itself when
    // the field does not exist).
    SourcePos field_pos(const CsvRecord& record, std::size_t index) const;
    SourcePos record_pos(const CsvRecord& record) const;
    // The byte offset where field `index` of `record` starts.
    std::size_t field_offset(const CsvRecord& record, std::size_t index) const;
    const std::string& file() const { return file_; }

private:
    LineCol line_col(std::size_t offset) const;
    std::string file_;
    std::string_view text_;
    mutable std::optional<LineIndex> lines_;  // built on the first position asked for
};

}  // namespace candour
