#pragma once
// What a PDF says, read as its readers get it. A PDF keeps most of itself in
// Flate-compressed streams, and its words as glyph numbers that only the
// font's ToUnicode map turns back into characters, so scanning its bytes
// sees almost nothing. This reader inflates every stream (zlib), then gives:
// the words of every page, glyphs mapped through the ToUnicode map of the
// font in use; every string of the document's objects (title, bookmarks,
// alternative text of the charts, link addresses), UTF-16 ones decoded; and
// the readable runs of any other stream except font programs (metadata).
// It reads what Chromium (Skia) writes; other producers' files are read as
// far as the same rules go, and their printable runs too.
#include <string_view>

#include "privacy/normalised_text.hpp"

namespace candour {

void read_pdf(std::string_view bytes, TextNormaliser& out);

}  // namespace candour
