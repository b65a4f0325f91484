#pragma once
// What one file of the built site says, read as its readers get it: the text
// and attribute values of a page after entity decoding with the markup
// between characters dropped ("077<b>00</b> 900123" is "07700 900123"), the
// text of a chart, the cells of a CSV or JSON download, the cells, sheet names
// and properties of a spreadsheet (inflated), the words and strings of a PDF
// (pdf_text.hpp), any other text file as it is, the readable runs of a binary
// file, and the file's own path
// (which becomes its web address and a sitemap entry).
#include <string_view>

#include "io/output_file.hpp"
#include "privacy/normalised_text.hpp"

namespace candour {

NormalisedText read_published(const OutputFile& file);

// The parts, by format, for tests.
void read_markup(std::string_view bytes, TextNormaliser& out);
void read_csv_cells(std::string_view bytes, TextNormaliser& out);
void read_json_strings(std::string_view bytes, TextNormaliser& out);

// "%40" is '@' in a web address.
std::string percent_decoded(std::string_view s);

}  // namespace candour
