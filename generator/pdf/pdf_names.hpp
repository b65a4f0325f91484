#pragma once
// Chromium names each link target inside a PDF (a heading a "Contents" or
// footnote link points at) after the page element's internal number, such
// as "node00000120". Those numbers count every element the browser has
// made, so they change with what else it printed first. They are renumbered
// 1, 2, 3... in their own order: same length (the cross-reference offsets
// stay right) and same order (the PDF's sorted name tree stays sorted).
#include <string>

namespace candour {

// Returns how many distinct names were renumbered.
int renumber_pdf_node_names(std::string& pdf);

}  // namespace candour
