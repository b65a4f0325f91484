#pragma once
// Raw HTML that markdown.unsafe_html lets through, read for what the tag
// filter does not stop: addresses with a dangerous scheme in any attribute
// that holds one (href, src, action, formaction, xlink:href, srcset,
// poster...) and event-handler attributes (onclick=...), which the site's
// Content-Security-Policy would block anyway.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

struct UnsafeMarkup {
    std::size_t offset = 0;  // byte offset of the attribute's name in the HTML
    std::string message;
    std::string hint;
};

std::vector<UnsafeMarkup> check_raw_html(std::string_view html);

}  // namespace candour
