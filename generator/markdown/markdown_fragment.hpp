#pragma once
// Short Markdown written in data files (responses to findings and
// recommendations, action updates) to safe HTML: raw HTML is dropped, as in
// pages without markdown.unsafe_html.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

// The address each link and image is published with, given the one written.
using UrlRewrite = std::function<std::string(const std::string&)>;

std::string markdown_fragment_html(std::string_view markdown, const UrlRewrite& rewrite = {});

// A link or image of a fragment, where cmark-gfm found it.
struct FragmentLink {
    std::string url;   // as written, character references decoded
    int line = 1;      // 1-based, in the fragment
    int byte_col = 1;  // 1-based, in bytes
    bool image = false;
};

// Every link (autolinks and reference links included) and image of `markdown`,
// in order.
std::vector<FragmentLink> markdown_fragment_links(std::string_view markdown);

}  // namespace candour
