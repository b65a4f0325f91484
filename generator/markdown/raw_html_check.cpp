#include "markdown/raw_html_check.hpp"

#include <algorithm>
#include <set>

#include "markdown/html_entities.hpp"
#include "markdown/url_safety.hpp"

namespace candour {

namespace {

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// An attribute value as the browser reads it: character references decoded.
std::string decoded(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        if (value[i] == '&') {
            if (std::size_t n = decode_entity(value.substr(i), out)) {
                i += n;
                continue;
            }
        }
        out += value[i++];
    }
    return out;
}

// Attributes whose whole value is one address.
const std::set<std::string> url_attributes = {"href",     "src",      "action",     "formaction", "xlink:href",
                                              "poster",   "cite",     "background", "data",       "codebase",
                                              "longdesc", "manifest", "lowsrc",     "dynsrc",     "icon",
                                              "profile",  "usemap",   "classid",    "archive"};

// The addresses in one attribute's value, or none if it holds none.
std::vector<std::string> addresses(const std::string& tag, const std::string& name, const std::string& value) {
    std::vector<std::string> out;
    auto split = [&](char sep, bool first_word) {
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t end = value.find(sep, start);
            if (end == std::string::npos) end = value.size();
            std::string part = value.substr(start, end - start);
            std::size_t b = 0;
            while (b < part.size() && space(part[b])) ++b;
            part = part.substr(b);
            if (first_word) part = part.substr(0, std::find_if(part.begin(), part.end(), space) - part.begin());
            out.push_back(part);
            start = end + 1;
        }
    };
    if (url_attributes.count(name)) {
        out.push_back(value);
    } else if (name == "srcset" || name == "imagesrcset") {
        split(',', true);  // "a.png 1x, b.png 2x"
    } else if (name == "ping") {
        split(' ', false);
    } else if ((tag == "animate" || tag == "set") && (name == "to" || name == "from" || name == "values")) {
        split(';', false);  // SVG animation can set an href to one of these
    } else if (tag == "meta" && name == "content") {
        std::string l = lower(value);
        if (auto at = l.find("url="); at != std::string::npos) out.push_back(value.substr(at + 4));
    }
    return out;
}

class TagReader {
public:
    TagReader(std::string_view html, std::vector<UnsafeMarkup>& out) : html_(html), out_(out) {}

    // Reads the tag whose name starts at `i`; returns where it ends.
    std::size_t read(std::size_t i) {
        std::size_t start = i;
        while (i < html_.size() && !space(html_[i]) && html_[i] != '>' && html_[i] != '/') ++i;
        std::string tag = lower(html_.substr(start, i - start));
        while (i < html_.size() && html_[i] != '>') {
            if (space(html_[i]) || html_[i] == '/') {
                ++i;
                continue;
            }
            std::size_t name_at = i;
            while (i < html_.size() && !space(html_[i]) && html_[i] != '>' && html_[i] != '/' && html_[i] != '=') ++i;
            if (i == name_at) ++i;  // a stray '=': skip it
            std::string name = lower(html_.substr(name_at, i - name_at));
            while (i < html_.size() && space(html_[i])) ++i;
            std::string_view value;
            if (i < html_.size() && html_[i] == '=') {
                ++i;
                while (i < html_.size() && space(html_[i])) ++i;
                i = read_value(i, value);
            }
            check(tag, name, value, name_at);
        }
        return i;
    }

private:
    std::size_t read_value(std::size_t i, std::string_view& value) {
        if (i < html_.size() && (html_[i] == '"' || html_[i] == '\'')) {
            char quote = html_[i];
            std::size_t end = html_.find(quote, i + 1);
            if (end == std::string_view::npos) end = html_.size();
            value = html_.substr(i + 1, end - i - 1);
            return std::min(end + 1, html_.size());
        }
        std::size_t start = i;
        while (i < html_.size() && !space(html_[i]) && html_[i] != '>') ++i;
        value = html_.substr(start, i - start);
        return i;
    }

    void check(const std::string& tag, const std::string& name, std::string_view raw, std::size_t at) {
        if (name.size() > 2 && name.compare(0, 2, "on") == 0) {
            out_.push_back({at, "the HTML attribute '" + name + "' runs a script when the reader uses the page",
                            "remove it: the site's Content-Security-Policy allows no inline script, so it would "
                            "never run, and the page must work without scripts"});
            return;
        }
        std::string value = decoded(raw);
        for (const auto& url : addresses(tag, name, value)) {
            if (auto scheme = dangerous_scheme(url)) {
                UrlProblem p = dangerous_url_problem(*scheme, "the HTML attribute '" + name + "'");
                out_.push_back({at, p.message, p.hint});
                return;
            }
        }
    }

    std::string_view html_;
    std::vector<UnsafeMarkup>& out_;
};

bool letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::vector<UnsafeMarkup> check_raw_html(std::string_view html) {
    std::vector<UnsafeMarkup> out;
    TagReader reader(html, out);
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] != '<') continue;
        if (html.compare(i, 4, "<!--") == 0) {
            std::size_t end = html.find("-->", i + 4);
            if (end == std::string_view::npos) break;
            i = end + 2;
            continue;
        }
        if (i + 1 < html.size() && letter(html[i + 1])) i = reader.read(i + 1);
    }
    return out;
}

}  // namespace candour
