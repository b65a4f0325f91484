#pragma once
// Addresses a browser would not open as a page: javascript: and vbscript:
// run a script, data: carries a whole file inside the link, file: points
// at the editor's own computer. cmark-gfm empties such links silently
// (href=""), and not at all with raw HTML allowed; candour reports them.
#include <optional>
#include <string>
#include <string_view>

namespace candour {

// The scheme ("javascript", "vbscript", "data" or "file") when `url`, read
// as a browser reads it (spaces and control characters around it dropped,
// tabs and line breaks inside it ignored, any case), starts with one.
// Character references must already be decoded.
std::optional<std::string> dangerous_scheme(std::string_view url);

// What is wrong with a link to `scheme` and how to fix it, for a diagnostic.
struct UrlProblem {
    std::string message;
    std::string hint;
};
UrlProblem dangerous_url_problem(const std::string& scheme, std::string_view what);

}  // namespace candour
