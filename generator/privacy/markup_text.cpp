// HTML, SVG and XML as text (published_text.hpp). The text of elements flows
// on; inline elements (<strong>, <a>, <span>...) and comments join what is on
// either side, as a reader sees it, while other elements end a block.
// Attribute values, comments and script or style content are published too
// (anyone can read the page's source), so each is read on its own, after the
// flow.
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "markdown/html_entities.hpp"
#include "privacy/published_text.hpp"

namespace candour {

namespace {

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_name_char(char c) {
    return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return out;
}

bool in(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements a browser shows inside a line of text.
bool is_inline(std::string_view name) {
    return in(name, {"a",      "abbr",   "b",    "bdi", "bdo",  "cite", "code", "data",  "del",     "dfn",   "em",
                     "font",   "i",      "ins",  "kbd", "mark", "nobr", "q",    "s",     "samp",    "small", "span",
                     "strike", "strong", "time", "tt",  "u",    "var",  "wbr",  "tspan", "textpath"});
}

// Numbers that place the shapes of a chart, written by the chart renderer
// and never text: read as text, path data such as "M0 12.3 45.6 78.9" would
// look like a phone number.
bool is_geometry(std::string_view attr) {
    return in(attr, {"d",
                     "points",
                     "transform",
                     "viewbox",
                     "x",
                     "y",
                     "x1",
                     "x2",
                     "y1",
                     "y2",
                     "dx",
                     "dy",
                     "cx",
                     "cy",
                     "r",
                     "rx",
                     "ry",
                     "width",
                     "height",
                     "stroke-width",
                     "stroke-dasharray",
                     "stroke-miterlimit",
                     "opacity",
                     "fill-opacity",
                     "stroke-opacity",
                     "font-size",
                     "offset"});
}

std::string decode_entities(std::string_view s) {
    if (s.find('&') == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t used = s[i] == '&' ? decode_entity(s.substr(i), out) : 0;
        if (used) {
            i += used;
        } else {
            out += s[i++];
        }
    }
    return out;
}

class MarkupReader {
public:
    MarkupReader(std::string_view bytes, TextNormaliser& out) : s_(bytes), out_(out) {}

    void read() {
        while (i_ < s_.size()) {
            std::size_t next = s_.find_first_of("<&", i_);
            if (next == std::string_view::npos) next = s_.size();
            out_.append(s_.substr(i_, next - i_));
            i_ = next;
            if (i_ >= s_.size()) break;
            if (s_[i_] == '&') {
                entity();
            } else {
                markup();
            }
        }
        out_.line_break();
        out_.append_normalised(asides_.take());
    }

private:
    void entity() {
        std::string decoded;
        std::size_t used = decode_entity(s_.substr(i_), decoded);
        if (used) {
            out_.append(decoded);
            i_ += used;
        } else {
            out_.append("&");
            ++i_;
        }
    }

    // Everything up to `end`, or to the end of the file.
    std::string_view until(std::string_view end) {
        std::size_t stop = s_.find(end, i_);
        std::string_view body = s_.substr(i_, stop == std::string_view::npos ? std::string_view::npos : stop - i_);
        i_ = stop == std::string_view::npos ? s_.size() : stop + end.size();
        return body;
    }

    void markup() {
        std::string_view rest = s_.substr(i_);
        if (rest.starts_with("<!--")) {
            i_ += 4;
            aside(until("-->"));
        } else if (rest.starts_with("<![CDATA[")) {
            i_ += 9;
            out_.append(until("]]>"));
        } else if (rest.starts_with("<!") || rest.starts_with("<?")) {
            i_ += 2;
            aside(until(">"));
        } else if (rest.size() > 2 && rest[1] == '/' && is_alpha(rest[2])) {
            i_ += 2;
            end_tag();
        } else if (rest.size() > 1 && is_alpha(rest[1])) {
            ++i_;
            start_tag();
        } else {
            out_.append("<");
            ++i_;
        }
    }

    std::string name() {
        std::size_t start = i_;
        while (i_ < s_.size() && is_name_char(s_[i_])) ++i_;
        return lower(s_.substr(start, i_ - start));
    }

    void boundary(const std::string& element) {
        if (element == "sup" || element == "sub") {
            out_.space();  // a footnote mark is not part of the number before it
        } else if (!is_inline(element)) {
            out_.line_break();
        }
    }

    void end_tag() {
        std::string element = name();
        until(">");
        boundary(element);
    }

    void start_tag() {
        std::string element = name();
        while (i_ < s_.size() && s_[i_] != '>') {
            if (is_space(s_[i_]) || s_[i_] == '/') {
                ++i_;
                continue;
            }
            attribute();
        }
        ++i_;  // the '>'
        boundary(element);
        if (element == "script" || element == "style") {
            aside(until("</" + element));  // raw text: no entities, no tags
            until(">");
        } else if (element == "title" || element == "textarea") {
            out_.append(decode_entities(until("</" + element)));  // text only, no tags inside
            until(">");
            out_.line_break();
        }
    }

    void attribute() {
        std::size_t start = i_;
        while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '=' && s_[i_] != '>' && s_[i_] != '/') ++i_;
        std::string attr = lower(s_.substr(start, i_ - start));
        if (i_ == start) ++i_;  // a stray character: step over it
        while (i_ < s_.size() && is_space(s_[i_])) ++i_;
        if (i_ >= s_.size() || s_[i_] != '=') return;
        ++i_;
        while (i_ < s_.size() && is_space(s_[i_])) ++i_;
        std::string_view value;
        if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
            char quote = s_[i_++];
            std::size_t end = s_.find(quote, i_);
            if (end == std::string_view::npos) end = s_.size();
            value = s_.substr(i_, end - i_);
            i_ = std::min(end + 1, s_.size());
        } else {
            std::size_t vstart = i_;
            while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '>') ++i_;
            value = s_.substr(vstart, i_ - vstart);
        }
        if (value.empty() || is_geometry(attr)) return;
        if (value.find_first_of("&%") == std::string_view::npos) return aside(value);
        aside(percent_decoded(decode_entities(value)));
    }

    std::string_view s_;
    TextNormaliser& out_;
    std::size_t i_ = 0;
    // Read on their own, after the text: attribute values, comments, scripts.
    void aside(std::string_view text) {
        asides_.append(text);
        asides_.line_break();
    }

    TextNormaliser asides_;
};

}  // namespace

void read_markup(std::string_view bytes, TextNormaliser& out) {
    MarkupReader(bytes, out).read();
}

}  // namespace candour
