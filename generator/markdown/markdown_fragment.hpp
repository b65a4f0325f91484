#pragma once
// Short Markdown written in data files (responses to findings and
// recommendations, action updates) to safe HTML: raw HTML is dropped, as in
// pages without markdown.unsafe_html.
#include <string>
#include <string_view>

namespace candour {

std::string markdown_fragment_html(std::string_view markdown);

}  // namespace candour
