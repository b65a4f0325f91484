#include "io/csv_reader.hpp"

#include <csv.h>

#include "diagnostics/text_position.hpp"

namespace candour {

namespace {

// State shared with libcsv's C callbacks while one file is parsed.
struct ParseState {
    const std::function<void(CsvRecord&)>* on_record;
    std::string_view text;
    CsvRecord current;
    std::size_t next_record_offset = 0;  // where the record after the last one starts
    std::size_t chunk_end = 0;           // end of the line being fed to libcsv
};

void on_field(void* data, std::size_t len, void* state_ptr) {
    auto* state = static_cast<ParseState*>(state_ptr);
    state->current.fields.emplace_back(static_cast<const char*>(data), len);
}

void on_row_end(int, void* state_ptr) {
    auto* state = static_cast<ParseState*>(state_ptr);
    // Blank lines before the record are not part of it.
    std::size_t start = state->next_record_offset;
    while (start < state->text.size() && (state->text[start] == '\n' || state->text[start] == '\r')) ++start;
    state->current.offset = start;
    (*state->on_record)(state->current);
    state->current = CsvRecord{};
    state->next_record_offset = state->chunk_end;
}

}  // namespace

bool CsvText::read(const std::function<void(CsvRecord&)>& on_record, Diagnostics& diags) const {
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    ParseState state{&on_record, text_, {}, 0, 0};
    // Feed one physical line at a time: a record's callbacks then fire while
    // the line that ends it is being fed, which tells us where records start.
    std::size_t pos = 0;
    bool ok = true;
    while (pos < text_.size() && ok) {
        std::size_t nl = text_.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text_.size() : nl + 1;
        state.chunk_end = end;
        if (csv_parse(&parser, text_.data() + pos, end - pos, on_field, on_row_end, &state) != end - pos) ok = false;
        pos = end;
    }
    if (ok && csv_fini(&parser, on_field, on_row_end, &state) != 0) ok = false;
    if (!ok) {
        auto lc = line_col_at(text_, state.next_record_offset);
        diags.error({file_, lc.line, lc.col}, std::string("malformed CSV: ") + csv_strerror(csv_error(&parser)),
                    "a field that starts with a double quote must end with one, and quotes inside it are "
                    "written twice (\"\"); re-export the sheet as CSV UTF-8");
    }
    csv_free(&parser);
    return ok;
}

LineCol CsvText::line_col(std::size_t offset) const {
    if (!lines_) lines_.emplace(text_);
    return lines_->at(offset);
}

SourcePos CsvText::record_pos(const CsvRecord& record) const {
    auto lc = line_col(record.offset);
    return {file_, lc.line, lc.col};
}

std::size_t CsvText::field_offset(const CsvRecord& record, std::size_t index) const {
    // Walk the raw text of the record, honouring quotes, to the start of the field.
    std::size_t pos = record.offset;
    bool quoted = false;
    for (std::size_t field = 0; field < index && pos < text_.size(); ++pos) {
        char c = text_[pos];
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            ++field;
        else if (c == '\n' && !quoted)
            return record.offset;
    }
    return pos;
}

SourcePos CsvText::field_pos(const CsvRecord& record, std::size_t index) const {
    auto lc = line_col(field_offset(record, index));
    return {file_, lc.line, lc.col};
}

}  // namespace candour
