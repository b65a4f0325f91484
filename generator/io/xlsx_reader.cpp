#include "io/xlsx_reader.hpp"

#include <charconv>
#include <map>

#include "io/utf8_append.hpp"
#include "io/zip_archive.hpp"

namespace candour {

namespace {

// XML character data with its five entities and numeric references decoded.
std::string xml_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string_view name = s.substr(i + 1, semi - i - 1);
        if (name == "amp")
            out += '&';
        else if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (name.size() > 1 && name[0] == '#') {
            bool hex = name[1] == 'x' || name[1] == 'X';
            unsigned long c = 0;
            std::string_view digits = name.substr(hex ? 2 : 1);
            auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
            if (ec == std::errc() && end == digits.data() + digits.size() && c < 0x110000) {
                append_utf8(out, static_cast<char32_t>(c));
            } else {
                out += s.substr(i, semi - i + 1);
            }
        } else {
            out += s.substr(i, semi - i + 1);
        }
        i = semi;
    }
    return out;
}

// The value of attribute `name` in the start tag `tag` ("" if absent).
std::string attribute(std::string_view tag, std::string_view name) {
    std::string key = " " + std::string(name) + "=\"";
    auto at = tag.find(key);
    if (at == std::string_view::npos) return "";
    at += key.size();
    return xml_text(tag.substr(at, tag.find('"', at) - at));
}

// Calls f(start tag, content) for each element `name` in `xml`; content is
// empty for an empty element.
template <typename F>
void each_element(std::string_view xml, std::string_view name, F f) {
    std::string open = "<" + std::string(name), close = "</" + std::string(name) + ">";
    for (std::size_t at = xml.find(open); at != std::string_view::npos; at = xml.find(open, at + 1)) {
        char next = at + open.size() < xml.size() ? xml[at + open.size()] : '>';
        if (next != ' ' && next != '>' && next != '/') continue;  // <c> is not <cols>
        std::size_t tag_end = xml.find('>', at);
        if (tag_end == std::string_view::npos) return;
        std::string_view tag = xml.substr(at, tag_end - at + 1);
        if (xml[tag_end - 1] == '/') {
            f(tag, std::string_view());
            continue;
        }
        std::size_t end = xml.find(close, tag_end);
        if (end == std::string_view::npos) return;
        f(tag, xml.substr(tag_end + 1, end - tag_end - 1));
        at = end;
    }
}

// All the <t> runs of a shared or inline string, joined.
std::string string_item(std::string_view xml) {
    std::string text;
    each_element(xml, "t", [&](std::string_view, std::string_view content) { text += xml_text(content); });
    return text;
}

// A row number or a shared string's index; 0 when it is not one.
std::size_t index_or_zero(std::string_view text) {
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    return ec == std::errc() && end == text.data() + text.size() ? n : 0;
}

std::size_t column_of(const std::string& ref) {
    std::size_t col = 0;
    for (char c : ref) {
        if (c < 'A' || c > 'Z') break;
        col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return col ? col - 1 : 0;
}

std::vector<std::vector<std::string>> sheet_rows(std::string_view xml, const std::vector<std::string>& shared) {
    std::vector<std::vector<std::string>> rows;
    each_element(xml, "row", [&](std::string_view row_tag, std::string_view row) {
        std::size_t r = index_or_zero(attribute(row_tag, "r"));
        if (r == 0 || r > 1048576) return;
        if (rows.size() < r) rows.resize(r);
        auto& cells = rows[r - 1];
        each_element(row, "c", [&](std::string_view tag, std::string_view content) {
            std::string type = attribute(tag, "t");
            std::string text;
            if (type == "inlineStr") {
                text = string_item(content);
            } else {
                std::string value;
                each_element(content, "v", [&](std::string_view, std::string_view v) { value = xml_text(v); });
                if (type == "s") {
                    std::size_t i = index_or_zero(value);
                    text = i < shared.size() ? shared[i] : "";
                } else {
                    text = value;
                }
            }
            std::size_t col = column_of(attribute(tag, "r"));
            if (col >= 16384) return;
            if (cells.size() <= col) cells.resize(col + 1);
            cells[col] = std::move(text);
        });
    });
    return rows;
}

// The attributes that carry words a reader can see: sheet, table and column
// names, a link's address and its text. The rest (cell references, style
// numbers) are the format's own bookkeeping.
constexpr const char* text_attributes[] = {"name", "displayName", "location", "display", "tooltip", "Target"};

// The theme and styles are the writing library's fixed parts (font and
// colour names, such as "MS PGothic"), never the site's words.
bool library_part(std::string_view name) {
    return name.rfind("xl/theme/", 0) == 0 || name == "xl/styles.xml";
}

const std::string* entry(const std::vector<ZipEntry>& entries, std::string_view name) {
    for (const auto& e : entries) {
        if (e.name == name) return &e.bytes;
    }
    return nullptr;
}

}  // namespace

std::optional<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes) {
    auto entries =
        read_zip(bytes, [](std::string_view name) { return name.rfind("xl/", 0) == 0 && !library_part(name); });
    if (!entries) return std::nullopt;
    const std::string* workbook = entry(*entries, "xl/workbook.xml");
    const std::string* rels = entry(*entries, "xl/_rels/workbook.xml.rels");
    if (!workbook || !rels) return std::nullopt;
    std::vector<std::string> shared;
    if (const std::string* strings = entry(*entries, "xl/sharedStrings.xml")) {
        each_element(*strings, "si", [&](std::string_view, std::string_view si) { shared.push_back(string_item(si)); });
    }
    std::map<std::string, std::string> targets;  // relationship id -> part
    each_element(*rels, "Relationship", [&](std::string_view tag, std::string_view) {
        std::string target = attribute(tag, "Target");
        targets[attribute(tag, "Id")] = target.rfind('/', 0) == 0 ? target.substr(1) : "xl/" + target;
    });
    std::vector<XlsxSheet> sheets;
    each_element(*workbook, "sheet", [&](std::string_view tag, std::string_view) {
        XlsxSheet sheet{attribute(tag, "name"), {}};
        auto target = targets.find(attribute(tag, "r:id"));
        const std::string* xml = target == targets.end() ? nullptr : entry(*entries, target->second);
        if (xml) sheet.rows = sheet_rows(*xml, shared);
        sheets.push_back(std::move(sheet));
    });
    return sheets;
}

namespace {

// Text between tags and the attributes that carry words, each on a line.
void markup_text(std::string_view xml, std::string& out) {
    std::size_t i = 0;
    while (i < xml.size()) {
        std::size_t lt = std::min(xml.find('<', i), xml.size());
        if (lt > i) out += xml_text(xml.substr(i, lt - i)) + "\n";
        std::size_t gt = xml.find('>', lt);
        if (gt == std::string_view::npos) break;
        std::string_view tag = xml.substr(lt, gt - lt);
        for (const char* name : text_attributes) {
            std::string value = attribute(tag, name);
            if (!value.empty()) out += value + "\n";
        }
        i = gt + 1;
    }
}

// A worksheet's own words: each cell's number or inline text (a shared
// string's cell holds only its index: the text is read once, from the shared
// strings), and each link.
void worksheet_text(std::string_view xml, std::string& out) {
    each_element(xml, "c", [&](std::string_view tag, std::string_view content) {
        if (attribute(tag, "t") == "s") return;
        markup_text(content, out);
    });
    each_element(xml, "hyperlink", [&](std::string_view tag, std::string_view) { markup_text(tag, out); });
}

}  // namespace

std::optional<std::string> xlsx_text(std::string_view bytes) {
    auto entries = read_zip(bytes, [](std::string_view name) { return !library_part(name); });
    if (!entries) return std::nullopt;
    std::string out;
    for (const auto& e : *entries) {
        out += e.name + "\n";
        if (e.name.rfind("xl/worksheets/sheet", 0) == 0) {
            worksheet_text(e.bytes, out);
        } else {
            markup_text(e.bytes, out);
        }
    }
    return out;
}

}  // namespace candour
