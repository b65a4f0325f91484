#include "render/statistics_workbook.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <atomic>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "io/program_id.hpp"

namespace candour {

namespace {

constexpr const char* symbols_text =
    "[c] confidential: hidden to protect the people behind small numbers; [x] not available; [z] not applicable. "
    "A status of p is a provisional figure, r a revised one.";

// A number as the CSV writes it, with the decimals it shows.
struct Number {
    double value = 0;
    int decimals = 0;
};

std::optional<Number> as_number(const std::string& text) {
    Number n;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n.value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    auto dot = text.find('.');
    n.decimals = dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
    return n;
}

// libxlsxwriter keeps pointers to formats and strings until the workbook is
// closed, so they live here for the writer's whole life.
class Writer {
public:
    explicit Writer(const std::string& path) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        book_ = workbook_new_opt(path.c_str(), &options);
        if (!book_) throw std::runtime_error("libxlsxwriter could not start a workbook");
        bold_ = workbook_add_format(book_);
        format_set_bold(bold_);
        heading_ = workbook_add_format(book_);
        format_set_bold(heading_);
        format_set_font_size(heading_, 15);
        wrap_ = workbook_add_format(book_);
        format_set_text_wrap(wrap_);
        format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
        link_ = workbook_add_format(book_);
        format_set_underline(link_, LXW_UNDERLINE_SINGLE);
        format_set_font_color(link_, LXW_COLOR_BLUE);
    }
    ~Writer() {
        if (book_) workbook_close(book_);
    }

    void properties(const StatisticsWorkbook& b) {
        title_ = b.title;
        author_ = b.author;
        lxw_doc_properties p{};
        p.title = title_.data();
        p.author = author_.data();
        p.company = author_.data();
        std::tm tm{};
        tm.tm_year = b.created.year - 1900;
        tm.tm_mon = b.created.month - 1;
        tm.tm_mday = b.created.day;
        tm.tm_hour = 12;
        p.created = timegm(&tm);
        workbook_set_properties(book_, &p);
    }

    void cover(const StatisticsWorkbook& b) {
        lxw_worksheet* ws = workbook_add_worksheet(book_, "Cover");
        worksheet_set_column(ws, 0, 0, 90, wrap_);
        lxw_row_t row = 0;
        worksheet_write_string(ws, row++, 0, b.title.c_str(), heading_);
        for (const auto& [heading, text] : b.cover) {
            worksheet_write_string(ws, row++, 0, heading.c_str(), bold_);
            worksheet_write_string(ws, row++, 0, text.c_str(), wrap_);
        }
    }

    void contents(const StatisticsWorkbook& b) {
        std::vector<std::pair<std::string, std::string>> rows;
        for (std::size_t i = 0; i < b.tables.size(); ++i)
            rows.emplace_back(table_sheet_name(i + 1), b.tables[i].description);
        list_sheet("Contents", "Table of contents", {"Sheet name", "Table description"}, "contents_table", rows, true);
    }

    void notes(const StatisticsWorkbook& b) {
        std::vector<std::pair<std::string, std::string>> rows;
        for (std::size_t i = 0; i < b.notes.size(); ++i) rows.emplace_back(fmt::format("[note {}]", i + 1), b.notes[i]);
        list_sheet("Notes", "Notes", {"Note number", "Note text"}, "notes_table", rows, false);
    }

    void table(const WorkbookTable& t, std::size_t index) {
        std::string sheet = table_sheet_name(index);
        lxw_worksheet* ws = workbook_add_worksheet(book_, sheet.c_str());
        worksheet_write_string(ws, 0, 0, t.title.c_str(), heading_);
        worksheet_write_string(ws, 1, 0,
                               "This worksheet contains one table. Definitions and caveats are on the Notes worksheet.",
                               nullptr);
        worksheet_write_string(ws, 2, 0, symbols_text, nullptr);
        std::vector<std::string> headers;
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            worksheet_set_column(ws, col, col, t.columns[c].width, nullptr);
            headers.push_back(t.columns[c].header);
        }
        lxw_row_t row = 3;
        for (const auto& cells : t.rows) {
            ++row;
            for (std::size_t c = 0; c < cells.size() && c < t.columns.size(); ++c)
                write_cell(ws, row, c, cells[c], t.columns[c]);
        }
        add_table(ws, fmt::format("table_{}", index), 3, row, headers);
    }

    void close() {
        lxw_error rc = workbook_close(book_);
        book_ = nullptr;
        if (rc != LXW_NO_ERROR) throw std::runtime_error(lxw_strerror(rc));
    }

private:
    // A sheet of one two-column table under its heading: the contents (the
    // first column links to each table's sheet) or the notes.
    void list_sheet(const char* name, const char* heading, const std::vector<std::string>& headers,
                    const std::string& table_name, const std::vector<std::pair<std::string, std::string>>& rows,
                    bool link_first) {
        lxw_worksheet* ws = workbook_add_worksheet(book_, name);
        worksheet_write_string(ws, 0, 0, heading, heading_);
        worksheet_write_string(ws, 1, 0, "This worksheet contains one table.", nullptr);
        worksheet_set_column(ws, 0, 0, 14, nullptr);
        worksheet_set_column(ws, 1, 1, 90, wrap_);
        lxw_row_t row = 2;
        for (const auto& [first, second] : rows) {
            ++row;
            if (link_first) {
                std::string url = fmt::format("internal:'{}'!A1", first);
                worksheet_write_url_opt(ws, row, 0, url.c_str(), link_, first.c_str(), nullptr);
            } else {
                worksheet_write_string(ws, row, 0, first.c_str(), nullptr);
            }
            worksheet_write_string(ws, row, 1, second.c_str(), wrap_);
        }
        add_table(ws, table_name, 2, row, headers);
    }

    void write_cell(lxw_worksheet* ws, lxw_row_t row, std::size_t c, const std::string& text,
                    const WorkbookColumn& col) {
        const auto column = static_cast<lxw_col_t>(c);
        if (text.empty()) return;
        if (col.numeric) {
            if (auto n = as_number(text)) {
                worksheet_write_number(ws, row, column, n->value, number_format(n->decimals));
                return;
            }
        }
        worksheet_write_string(ws, row, column, text.c_str(), nullptr);
    }

    lxw_format* number_format(int decimals) {
        auto& f = numbers_[decimals];
        if (!f) {
            f = workbook_add_format(book_);
            std::string pattern =
                decimals > 0 ? "#,##0." + std::string(static_cast<std::size_t>(decimals), '0') : "#,##0";
            format_set_num_format(f, pattern.c_str());
        }
        return f;
    }

    // An Excel table over rows `header`..`last` (an empty table keeps one
    // row below its header, as Excel requires).
    void add_table(lxw_worksheet* ws, const std::string& name, lxw_row_t header, lxw_row_t last,
                   const std::vector<std::string>& headers) {
        names_.push_back(name);
        auto& columns = columns_.emplace_back(headers.size());
        auto& pointers = pointers_.emplace_back();
        for (std::size_t i = 0; i < headers.size(); ++i) {
            header_text_.push_back(headers[i]);
            columns[i].header = header_text_.back().data();
            pointers.push_back(&columns[i]);
        }
        pointers.push_back(nullptr);
        lxw_table_options options{};
        options.name = names_.back().data();
        options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
        options.style_type_number = 1;
        options.columns = pointers.data();
        worksheet_add_table(ws, header, 0, std::max(last, header + 1), static_cast<lxw_col_t>(headers.size() - 1),
                            &options);
    }

    lxw_workbook* book_ = nullptr;
    lxw_format *bold_ = nullptr, *heading_ = nullptr, *wrap_ = nullptr, *link_ = nullptr;
    std::map<int, lxw_format*> numbers_;
    std::string title_, author_;
    std::deque<std::string> names_, header_text_;
    std::deque<std::vector<lxw_table_column>> columns_;
    std::deque<std::vector<lxw_table_column*>> pointers_;
};

std::string temporary_path() {
    static std::atomic<unsigned> counter{0};
    return (std::filesystem::temp_directory_path() /
            fmt::format("candour-{}-{}.xlsx", static_cast<long>(getpid()), counter++))
        .string();
}

// Every field, each with its length, so no two workbooks give one text.
class WorkbookKey {
public:
    WorkbookKey& operator<<(std::string_view field) {
        text_ += fmt::format("{}:", field.size());
        text_ += field;
        return *this;
    }
    std::string key() const { return content_key(text_); }

private:
    std::string text_;
};

std::string key_of(const StatisticsWorkbook& book) {
    WorkbookKey k;
    k << program_id() << LXW_VERSION << book.title << book.author << book.created.iso();
    k << std::to_string(book.cover.size());
    for (const auto& [heading, text] : book.cover) k << heading << text;
    k << std::to_string(book.notes.size());
    for (const auto& note : book.notes) k << note;
    k << std::to_string(book.tables.size());
    for (const auto& table : book.tables) {
        k << table.title << table.description << std::to_string(table.columns.size());
        for (const auto& c : table.columns) k << c.header << (c.numeric ? "n" : "t") << fmt::format("{}", c.width);
        k << std::to_string(table.rows.size());
        for (const auto& row : table.rows) {
            k << std::to_string(row.size());
            for (const auto& cell : row) k << cell;
        }
    }
    return k.key();
}

}  // namespace

std::string table_sheet_name(std::size_t index) {
    return fmt::format("Table_{}", index);
}

std::string write_workbook(const StatisticsWorkbook& book) {
    std::string path = temporary_path();
    {
        Writer w(path);
        w.properties(book);
        w.cover(book);
        w.contents(book);
        w.notes(book);
        for (std::size_t i = 0; i < book.tables.size(); ++i) w.table(book.tables[i], i + 1);
        w.close();
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (!in) throw std::runtime_error("could not read back the spreadsheet written at " + path);
    return bytes.str();
}

std::string cached_workbook(const StatisticsWorkbook& book, const KeyedFileCache& cache) {
    std::string key = key_of(book);
    if (auto kept = cache.get(key)) return std::move(*kept);
    std::string bytes = write_workbook(book);
    cache.put(key, bytes);
    return bytes;
}

}  // namespace candour
