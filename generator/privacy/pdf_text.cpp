#include "privacy/pdf_text.hpp"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace candour {

namespace {

struct PdfObject {
    long number = 0;
    std::string_view dict;  // everything between "obj" and "stream" or "endobj"
    std::string stream;     // inflated when the dictionary says FlateDecode
    bool has_stream = false;
};

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool is_delimiter(char c) {
    return is_space(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '/' || c == '%';
}

// Inflates a Flate stream. What a damaged stream gave before the damage is
// kept: it is still published.
std::string inflate_stream(std::string_view data) {
    std::string out;
    z_stream z{};
    if (inflateInit(&z) != Z_OK) return out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - z.avail_out);
        if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
    }
    inflateEnd(&z);
    return out;
}

// Where `key` is in `dict` as a whole name: "/Font", not "/FontFile2".
std::size_t find_key(std::string_view dict, std::string_view key) {
    for (std::size_t at = dict.find(key); at != std::string_view::npos; at = dict.find(key, at + 1)) {
        std::size_t after = at + key.size();
        if (after == dict.size() || is_delimiter(dict[after])) return at;
    }
    return std::string_view::npos;
}

// The integer after `key` in `dict`, if it is a direct one (not "N 0 R").
long direct_integer(std::string_view dict, std::string_view key) {
    std::size_t at = find_key(dict, key);
    if (at == std::string_view::npos) return -1;
    std::string value(dict.substr(at + key.size(), 40));
    char* end = nullptr;
    long n = std::strtol(value.c_str(), &end, 10);
    std::string_view rest(end);
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    if (end == value.c_str() || (rest.size() > 2 && std::isdigit(static_cast<unsigned char>(rest[0])))) return -1;
    return n;
}

// The object number before " obj" at `at`, or -1.
long object_number(std::string_view bytes, std::size_t at) {
    std::size_t i = at;
    auto skip_back = [&](auto pred) {
        while (i > 0 && pred(bytes[i - 1])) --i;
    };
    skip_back(is_space);
    std::size_t gen_end = i;
    skip_back([](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (i == gen_end) return -1;
    skip_back(is_space);
    std::size_t num_end = i;
    skip_back([](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (i == num_end) return -1;
    return std::strtol(std::string(bytes.substr(i, num_end - i)).c_str(), nullptr, 10);
}

std::vector<PdfObject> pdf_objects(std::string_view bytes) {
    std::vector<PdfObject> objects;
    for (std::size_t at = bytes.find("obj"); at != std::string_view::npos; at = bytes.find("obj", at + 3)) {
        if (at == 0 || !is_space(bytes[at - 1]) || (at + 3 < bytes.size() && !is_delimiter(bytes[at + 3]))) continue;
        long number = object_number(bytes, at);
        if (number < 0) continue;
        std::size_t body = at + 3;
        std::size_t end = bytes.find("endobj", body);
        std::size_t stream = bytes.find("stream", body);
        PdfObject o;
        o.number = number;
        if (stream != std::string_view::npos && (end == std::string_view::npos || stream < end)) {
            o.dict = bytes.substr(body, stream - body);
            std::size_t data = stream + 6;
            if (data < bytes.size() && bytes[data] == '\r') ++data;
            if (data < bytes.size() && bytes[data] == '\n') ++data;
            long length = direct_integer(o.dict, "/Length");
            std::size_t data_end = bytes.find("endstream", data);
            if (length >= 0 && data + static_cast<std::size_t>(length) <= bytes.size())
                data_end = data + static_cast<std::size_t>(length);
            if (data_end == std::string_view::npos) data_end = bytes.size();
            std::string_view raw = bytes.substr(data, data_end - data);
            o.has_stream = true;
            o.stream = o.dict.find("/FlateDecode") != std::string_view::npos ? inflate_stream(raw) : std::string(raw);
            end = bytes.find("endobj", data_end);
        } else {
            o.dict = bytes.substr(body, (end == std::string_view::npos ? bytes.size() : end) - body);
        }
        objects.push_back(std::move(o));
        if (end == std::string_view::npos) break;
        at = end;
    }
    return objects;
}

// One token of a content stream, a dictionary or a CMap.
struct Token {
    enum Kind { string, hex, name, other, end } kind = end;
    std::string text;  // a string's bytes (escapes and hex decoded), a name without '/', or the word
};

class Tokens {
public:
    explicit Tokens(std::string_view s) : s_(s) {}

    Token next() {
        while (i_ < s_.size()) {
            char c = s_[i_];
            if (is_space(c)) {
                ++i_;
            } else if (c == '%') {
                while (i_ < s_.size() && s_[i_] != '\n' && s_[i_] != '\r') ++i_;
            } else if (c == '(') {
                return {Token::string, literal()};
            } else if (c == '<' && i_ + 1 < s_.size() && s_[i_ + 1] != '<') {
                return {Token::hex, hex()};
            } else if (c == '/') {
                ++i_;
                return {Token::name, word()};
            } else if (c == '<' || c == '>') {
                std::size_t n = i_ + 1 < s_.size() && s_[i_ + 1] == c ? 2 : 1;
                i_ += n;
                return {Token::other, std::string(n, c)};
            } else if (is_delimiter(c)) {
                ++i_;
                return {Token::other, std::string(1, c)};
            } else {
                return {Token::other, word()};
            }
        }
        return {};
    }

private:
    std::string word() {
        std::size_t start = i_;
        while (i_ < s_.size() && !is_delimiter(s_[i_])) ++i_;
        return std::string(s_.substr(start, i_ - start));
    }

    std::string hex() {
        std::string out;
        int high = -1;
        for (++i_; i_ < s_.size() && s_[i_] != '>'; ++i_) {
            int v =
                std::isxdigit(static_cast<unsigned char>(s_[i_])) ? std::stoi(std::string(1, s_[i_]), nullptr, 16) : -1;
            if (v < 0) continue;
            if (high < 0) {
                high = v;
            } else {
                out += static_cast<char>(high * 16 + v);
                high = -1;
            }
        }
        if (high >= 0) out += static_cast<char>(high * 16);
        ++i_;
        return out;
    }

    std::string literal() {
        std::string out;
        int depth = 0;
        for (++i_; i_ < s_.size(); ++i_) {
            char c = s_[i_];
            if (c == '\\' && i_ + 1 < s_.size()) {
                out += escaped();
                continue;
            }
            if (c == '(') ++depth;
            if (c == ')' && depth-- == 0) break;
            out += c;
        }
        ++i_;
        return out;
    }

    // The character after a backslash at i_, leaving i_ on its last byte.
    std::string escaped() {
        char c = s_[++i_];
        switch (c) {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case '\r':
                if (i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
                return "";
            case '\n':
                return "";
            default:
                break;
        }
        if (c < '0' || c > '7') return std::string(1, c);
        int v = 0;
        for (int n = 0; n < 3 && i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '7'; ++n, ++i_)
            v = v * 8 + (s_[i_] - '0');
        --i_;
        return std::string(1, static_cast<char>(v));
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

// UTF-16BE (a text string starting with its byte order mark, or a ToUnicode
// target) to code points.
std::u32string utf16(std::string_view b) {
    std::u32string out;
    for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
        char32_t u = (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < b.size()) {
            char32_t low = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        out += u;
    }
    return out;
}

// A text string of the document (title, bookmark, alternative text, link).
void append_text_string(const std::string& s, TextNormaliser& out) {
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xFE && static_cast<unsigned char>(s[1]) == 0xFF) {
        for (char32_t c : utf16(std::string_view(s).substr(2))) out.append_code_point(c);
    } else {
        for (unsigned char c : s) out.append_code_point(c);  // PDFDocEncoding, as Latin-1
    }
    out.line_break();
}

std::uint32_t code_of(std::string_view b) {
    std::uint32_t v = 0;
    for (unsigned char c : b) v = (v << 8) | c;
    return v;
}

// A font's ToUnicode map: glyph codes to the characters they show.
struct ToUnicode {
    std::size_t code_bytes = 2;
    std::map<std::uint32_t, std::u32string> chars;

    void show(std::string_view codes, TextNormaliser& out) const {
        for (std::size_t i = 0; i + code_bytes <= codes.size(); i += code_bytes) {
            auto it = chars.find(code_of(codes.substr(i, code_bytes)));
            if (it == chars.end()) continue;
            for (char32_t c : it->second) out.append_code_point(c);
        }
    }
};

ToUnicode read_cmap(std::string_view stream) {
    ToUnicode map;
    Tokens t(stream);
    std::string section;
    std::vector<Token> operands;
    for (Token tok = t.next(); tok.kind != Token::end; tok = t.next()) {
        if (tok.kind == Token::other && tok.text.starts_with("begin")) {
            section = tok.text;
            operands.clear();
            continue;
        }
        if (tok.kind == Token::other && (tok.text == "[" || tok.text == "]")) continue;
        if (tok.kind != Token::hex) {
            section = tok.text.starts_with("end") ? "" : section;
            continue;
        }
        operands.push_back(tok);
        if (section == "begincodespacerange" && operands.size() == 2) {
            map.code_bytes = std::max<std::size_t>(1, operands[0].text.size());
            operands.clear();
        } else if (section == "beginbfchar" && operands.size() == 2) {
            map.chars[code_of(operands[0].text)] = utf16(operands[1].text);
            operands.clear();
        } else if (section == "beginbfrange" && operands.size() == 3) {
            std::uint32_t low = code_of(operands[0].text), high = code_of(operands[1].text);
            std::u32string target = utf16(operands[2].text);
            for (std::uint32_t c = low; c <= high && c - low < 65536 && !target.empty(); ++c) {
                map.chars[c] = target;
                ++target.back();
            }
            operands.clear();
        }
    }
    return map;
}

// "N 0 R" references after `key` in `dict`: `/Contents 5 0 R` or `[5 0 R 6 0 R]`.
std::vector<long> references(std::string_view dict, std::string_view key) {
    std::vector<long> refs;
    std::size_t at = find_key(dict, key);
    if (at == std::string_view::npos) return refs;
    Tokens t(dict.substr(at + key.size()));
    std::vector<std::string> words;
    for (Token tok = t.next(); tok.kind == Token::other; tok = t.next()) {
        if (tok.text == "[") continue;
        if (tok.text == "R" && words.size() >= 2) {
            refs.push_back(std::strtol(words[words.size() - 2].c_str(), nullptr, 10));
            words.clear();
            continue;
        }
        if (tok.text == "]" || !std::isdigit(static_cast<unsigned char>(tok.text[0]))) break;
        words.push_back(tok.text);
    }
    return refs;
}

using FontNames = std::map<std::string, long>;  // resource name -> font object

// The /Font << /F4 29 0 R ... >> of a resource dictionary.
FontNames font_names(std::string_view dict) {
    FontNames names;
    std::size_t at = find_key(dict, "/Font");
    if (at == std::string_view::npos) return names;
    Tokens t(dict.substr(at + 5));
    if (Token open = t.next(); open.text != "<<") return names;
    std::string name;
    std::vector<std::string> words;
    for (Token tok = t.next(); tok.kind != Token::end && tok.text != ">>"; tok = t.next()) {
        if (tok.kind == Token::name) {
            name = tok.text;
            words.clear();
        } else if (tok.text == "R" && words.size() >= 2) {
            names[name] = std::strtol(words[0].c_str(), nullptr, 10);
        } else {
            words.push_back(tok.text);
        }
    }
    return names;
}

struct Document {
    std::map<long, const PdfObject*> by_number;
    std::map<long, ToUnicode> fonts;         // font object -> its map
    std::map<long, FontNames> resources_of;  // content stream -> the font names of its page
    FontNames all_names;                     // every font name, for a stream whose page is unknown
};

Document index(const std::vector<PdfObject>& objects) {
    Document doc;
    for (const auto& o : objects) doc.by_number[o.number] = &o;
    for (const auto& o : objects) {
        for (long to_unicode : references(o.dict, "/ToUnicode")) {
            auto cmap = doc.by_number.find(to_unicode);
            if (cmap != doc.by_number.end()) doc.fonts[o.number] = read_cmap(cmap->second->stream);
        }
        FontNames names = font_names(o.dict);
        for (long ref : references(o.dict, "/Resources")) {
            auto r = doc.by_number.find(ref);
            if (r != doc.by_number.end()) names.merge(font_names(r->second->dict));
        }
        doc.all_names.insert(names.begin(), names.end());
        for (long content : references(o.dict, "/Contents")) doc.resources_of[content] = names;
        if (o.has_stream && !names.empty()) doc.resources_of[o.number] = names;  // a form XObject's own
    }
    return doc;
}

// The words a content stream shows: each text object (BT ... ET) a line.
void read_content(const std::string& stream, const FontNames& names, const Document& doc, TextNormaliser& out) {
    Tokens t(stream);
    const ToUnicode* font = nullptr;
    std::string last_name;
    std::vector<std::string> shown;  // strings since the last operator
    for (Token tok = t.next(); tok.kind != Token::end; tok = t.next()) {
        if (tok.kind == Token::string || tok.kind == Token::hex) {
            shown.push_back(tok.text);
        } else if (tok.kind == Token::name) {
            last_name = tok.text;
        } else if (tok.text == "Tf") {
            auto name = names.find(last_name);
            auto f = name == names.end() ? doc.fonts.end() : doc.fonts.find(name->second);
            font = f == doc.fonts.end() ? nullptr : &f->second;
        } else if (tok.text == "Tj" || tok.text == "TJ" || tok.text == "'" || tok.text == "\"") {
            for (const auto& s : shown) {
                if (font) {
                    font->show(s, out);
                } else {
                    out.append(s);  // a simple font without a map: its codes are ASCII
                }
            }
            shown.clear();
        } else if (tok.text == "ET") {
            out.line_break();
        } else if (tok.text != "[" && tok.text != "]" && !std::isdigit(static_cast<unsigned char>(tok.text[0])) &&
                   tok.text[0] != '-' && tok.text[0] != '.') {
            shown.clear();
        }
    }
    out.line_break();
}

void read_dict_strings(std::string_view dict, TextNormaliser& out) {
    Tokens t(dict);
    for (Token tok = t.next(); tok.kind != Token::end; tok = t.next()) {
        if (tok.kind == Token::string || tok.kind == Token::hex) append_text_string(tok.text, out);
    }
}

bool is_font_program(std::string_view dict) {
    return dict.find("/Length1") != std::string_view::npos || dict.find("/FontFile") != std::string_view::npos ||
           dict.find("/Type1C") != std::string_view::npos || dict.find("/CIDFontType0C") != std::string_view::npos ||
           dict.find("/OpenType") != std::string_view::npos;
}

// A stream that is neither a page's words nor a font: metadata, a CMap.
void read_printable_runs(std::string_view bytes, TextNormaliser& out) {
    constexpr std::size_t min_run = 8;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        bool printable = i < bytes.size() && ((bytes[i] >= 0x20 && bytes[i] < 0x7F) || bytes[i] == '\n');
        if (printable) continue;
        if (i - start >= min_run) {
            out.append(bytes.substr(start, i - start));
            out.line_break();
        }
        start = i + 1;
    }
}

}  // namespace

void read_pdf(std::string_view bytes, TextNormaliser& out) {
    std::vector<PdfObject> objects = pdf_objects(bytes);
    Document doc = index(objects);
    for (const auto& o : objects) {
        read_dict_strings(o.dict, out);
        if (!o.has_stream || is_font_program(o.dict)) continue;
        if (o.dict.find("/Image") != std::string_view::npos) {
            read_printable_runs(o.stream, out);
            continue;
        }
        auto page = doc.resources_of.find(o.number);
        if (page != doc.resources_of.end() || o.stream.find("BT") != std::string::npos) {
            read_content(o.stream, page != doc.resources_of.end() ? page->second : doc.all_names, doc, out);
        } else {
            read_printable_runs(o.stream, out);
        }
    }
}

}  // namespace candour
