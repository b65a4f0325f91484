#pragma once
// A source file as the privacy gate searches it, to say where a detail found
// in the published site was written. The file is decoded liberally, as any
// of the formats that could have carried it would be: HTML entities
// ("&#64;"), Markdown and YAML escapes ("\@", "\x40", "\u0040"), percent
// escapes in links ("%40"), and (in the first reading) markup dropped, so
// "jane\x40example.com" in a YAML summary is found as the
// "jane@example.com" it became. What is kept is the match key (letters,
// digits and '@', match_key.hpp) with, for each of its bytes, where in the
// file it came from.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace candour {

enum class SourceReading {
    text,         // markup, comments (and template tags) dropped: the text a reader sees
    markup_kept,  // attribute values and comments read too
};

struct SourceView {
    std::string key;
    std::vector<bool> boundary;       // as MatchKey::boundary
    std::vector<std::uint32_t> from;  // per key byte: the byte offset in the file of what it came from
    std::vector<std::uint32_t> to;    // per key byte: the end of what it came from
};

// `mustache`: the file is a template, so "{{page.title}}" is not text.
SourceView read_source(std::string_view file_text, SourceReading reading, bool mustache);

}  // namespace candour
