#include "charts/svg_tidy.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>
#include <string_view>
#include <vector>

namespace candour {

namespace {

struct Attribute {
    std::string name;
    std::string value;
};

// CSS properties Vega writes in `style` that SVG also accepts as
// attributes. Others (blend modes) have no attribute form and are dropped.
const std::set<std::string, std::less<>> presentation = {
    "clip-path",       "cursor",          "display",           "fill",
    "fill-opacity",    "font-family",     "font-size",         "font-style",
    "font-variant",    "font-weight",     "opacity",           "pointer-events",
    "shape-rendering", "stroke",          "stroke-dasharray",  "stroke-dashoffset",
    "stroke-linecap",  "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
    "stroke-width",    "text-anchor",     "text-decoration",   "visibility"};

// Attributes that carry words, not coordinates.
const std::set<std::string, std::less<>> textual = {"id",         "class", "font-family", "href",
                                                    "xlink:href", "xmlns", "xmlns:xlink", "version"};

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\n");
    auto e = s.find_last_not_of(" \t\n");
    return b == std::string_view::npos ? "" : std::string(s.substr(b, e - b + 1));
}

std::vector<Attribute> parse_attributes(std::string_view tag) {
    std::vector<Attribute> out;
    std::size_t i = 0;
    while (i < tag.size()) {
        auto eq = tag.find("=\"", i);
        if (eq == std::string_view::npos) break;
        auto close = tag.find('"', eq + 2);
        if (close == std::string_view::npos) break;
        out.push_back({trim(tag.substr(i, eq - i)), std::string(tag.substr(eq + 2, close - eq - 2))});
        i = close + 1;
    }
    return out;
}

// "fill: red; stroke-width: 2" becomes fill="red" stroke-width="2", unless
// the element already has that attribute (which the style would override,
// so the style's value wins).
void unfold_style(std::vector<Attribute>& attrs, const std::string& style) {
    std::size_t i = 0;
    while (i < style.size()) {
        auto semi = style.find(';', i);
        std::string decl = style.substr(i, semi == std::string::npos ? std::string::npos : semi - i);
        i = semi == std::string::npos ? style.size() : semi + 1;
        auto colon = decl.find(':');
        if (colon == std::string::npos) continue;
        std::string name = trim(std::string_view(decl).substr(0, colon));
        std::string value = trim(std::string_view(decl).substr(colon + 1));
        if (!presentation.count(name)) continue;
        std::erase_if(attrs, [&](const Attribute& a) { return a.name == name; });
        attrs.push_back({name, value});
    }
}

// 41.666666666666664 -> 41.67; 2.50 -> 2.5; 3.000 -> 3.
std::string round_numbers(const std::string& value) {
    std::string out;
    std::size_t i = 0;
    while (i < value.size()) {
        char c = value[i];
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            out += c;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < value.size() && (std::isdigit(static_cast<unsigned char>(value[j])) || value[j] == '.')) ++j;
        std::string number = value.substr(i, j - i);
        auto dot = number.find('.');
        bool exponent = j < value.size() && (value[j] == 'e' || value[j] == 'E');
        if (dot != std::string::npos && number.size() - dot - 1 > 2 && !exponent &&
            number.find('.', dot + 1) == std::string::npos) {
            number = fmt::format("{:.2f}", std::stod(number));
            while (number.back() == '0') number.pop_back();
            if (number.back() == '.') number.pop_back();
        }
        out += number;
        i = j;
    }
    return out;
}

std::string prefix_references(const std::string& value) {
    std::string out;
    std::size_t i = 0;
    for (auto at = value.find("url(#"); at != std::string::npos; at = value.find("url(#", i)) {
        out += value.substr(i, at - i) + "url(#" + svg_id_token + "-";
        i = at + 5;
    }
    return out + value.substr(i);
}

bool is_empty_path(const std::vector<Attribute>& attrs) {
    for (const auto& a : attrs) {
        if (a.name == "d") return a.value.empty() || a.value == "M0,0h0v0h0Z";
    }
    return false;
}

// One start tag (or empty-element tag), rewritten; empty when it should go.
std::string tidy_tag(std::string_view tag) {
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    std::string_view inner = tag.substr(1, tag.size() - (self_closing ? 3 : 2));
    auto space = inner.find_first_of(" \t\n");
    std::string name(inner.substr(0, space));
    if (space == std::string_view::npos) return std::string(tag);
    std::vector<Attribute> attrs;
    for (auto& a : parse_attributes(inner.substr(space))) {
        if (a.name == "style") {
            unfold_style(attrs, a.value);
        } else if (a.name != "role" && a.name.rfind("aria-", 0) != 0) {
            attrs.push_back(std::move(a));
        }
    }
    if (name == "path" && self_closing && is_empty_path(attrs)) return "";
    std::string out = "<" + name;
    for (const auto& a : attrs) {
        std::string value = a.value;
        if (a.name == "id")
            value = std::string(svg_id_token) + "-" + value;
        else if ((a.name == "href" || a.name == "xlink:href") && value.rfind('#', 0) == 0)
            value = "#" + std::string(svg_id_token) + "-" + value.substr(1);
        else if (!textual.count(a.name))
            value = prefix_references(round_numbers(value));
        out += " " + a.name + "=\"" + value + "\"";
    }
    return out + (self_closing ? "/>" : ">");
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

}  // namespace

std::string tidy_svg(const std::string& svg) {
    std::string out;
    out.reserve(svg.size());
    std::size_t i = 0;
    while (i < svg.size()) {
        auto open = svg.find('<', i);
        if (open == std::string::npos) {
            out += svg.substr(i);
            break;
        }
        out += svg.substr(i, open - i);
        auto close = svg.find('>', open);
        if (close == std::string::npos) break;
        std::string_view tag(svg.data() + open, close - open + 1);
        i = close + 1;
        if (tag.rfind("<style", 0) == 0) {
            auto end = svg.find("</style>", i);
            i = end == std::string::npos ? svg.size() : end + 8;
            continue;
        }
        out += tag[1] == '/' || tag[1] == '!' || tag[1] == '?' ? std::string(tag) : tidy_tag(tag);
    }
    return out;
}

std::string xml_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string place_svg(const std::string& tidy, const std::string& id, const std::string& title,
                      const std::string& desc) {
    std::string svg = tidy;
    replace_all(svg, svg_id_token, id);
    auto root = svg.find("<svg");
    auto root_end = root == std::string::npos ? std::string::npos : svg.find('>', root);
    if (root_end == std::string::npos) return svg;
    std::string label = fmt::format(" role=\"img\" aria-labelledby=\"{0}-title\" aria-describedby=\"{0}-desc\"", id);
    std::string text = fmt::format("<title id=\"{}-title\">{}</title><desc id=\"{}-desc\">{}</desc>", id,
                                   xml_escape(title), id, xml_escape(desc));
    svg.insert(root_end + 1, text);
    svg.insert(root_end, label);
    return svg;
}

}  // namespace candour
