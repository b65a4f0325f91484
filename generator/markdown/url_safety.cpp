#include "markdown/url_safety.hpp"

namespace candour {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::optional<std::string> dangerous_scheme(std::string_view url) {
    // The WHATWG URL parser: leading C0 controls and spaces are dropped,
    // tabs and line breaks anywhere are removed, the scheme is read up to ':'.
    std::size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
    std::string scheme;
    for (; i < url.size(); ++i) {
        char c = url[i];
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (c == ':') break;
        bool ok = alpha(c) || (!scheme.empty() && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok || scheme.size() > 16) return std::nullopt;
        scheme += lower(c);
    }
    if (i >= url.size()) return std::nullopt;  // no ':': a relative address
    for (const char* bad : {"javascript", "vbscript", "data", "file"}) {
        if (scheme == bad) return scheme;
    }
    return std::nullopt;
}

UrlProblem dangerous_url_problem(const std::string& scheme, std::string_view what) {
    std::string w(what);
    if (scheme == "data") {
        return {w + " is a 'data:' address, which puts a whole file inside the page; browsers and the site's "
                    "security policy block it",
                "save the file beside the page and link to it by its name, for example 'chart.png'"};
    }
    if (scheme == "file") {
        return {w + " is a 'file:' address, a file on your own computer that readers cannot open",
                "copy the file into the site beside the page and link to it by its name"};
    }
    return {w + " is a '" + scheme + ":' address, which runs a script instead of opening a page",
            "link to a page ('../about/methodology.md') or a web address ('https://...'); the site allows no "
            "scripts in its text"};
}

}  // namespace candour
