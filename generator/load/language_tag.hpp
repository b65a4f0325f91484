#pragma once
// Language tags as HTML's lang attribute takes them (BCP 47): "cy", "en-GB",
// "cy-Latn-GB". Written by editors in front matter and in Markdown
// ("[Croeso]{lang=cy}"), so a tag is checked before it reaches a page.
#include <string_view>

namespace candour {

// A well-formed tag: a language of 2 or 3 letters, then optionally a script
// (4 letters), a region (2 letters or 3 digits) and variants (5 to 8
// letters or digits, or a digit and 3 more), joined by '-'.
bool is_language_tag(std::string_view tag);

// What to tell an editor who wrote something else.
inline constexpr const char* language_tag_hint =
    "write a language tag such as 'cy' (Welsh), 'en-GB' (British English) or 'ga' (Irish)";

}  // namespace candour
