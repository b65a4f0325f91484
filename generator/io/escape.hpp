#pragma once
// Escaping text the generator writes into markup itself (heading ids,
// sitemap addresses); template output is escaped by Mustache.
#include <string>
#include <string_view>

namespace candour {

// & < > " ' as entities: safe in HTML and XML text and attribute values.
std::string escape_markup(std::string_view text);

}  // namespace candour
