#pragma once
// Chromium stamps each PDF with the moment it printed it (/CreationDate and
// /ModDate), so two builds of the same site would differ. The stamps are
// rewritten to a fixed date: the report page's own. The new text has the
// same length as the old, so every byte offset in the file's cross-reference
// table stays right.
#include <string>

namespace candour {

// Sets every /CreationDate and /ModDate in `pdf` to midnight UTC on
// `iso_date` ("2024-11-14"). Returns how many were set.
int fix_pdf_dates(std::string& pdf, const std::string& iso_date);

}  // namespace candour
