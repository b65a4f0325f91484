#pragma once
// Last stage: publish the rendered files as one atomic change of the output
// folder. The new site is written beside the old one and swapped in; if
// anything goes wrong the old site stays exactly as it was.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"

namespace candour {

// Returns false (with a diagnostic) if the site could not be published.
bool write_site(const std::vector<OutputFile>& files, const std::string& output_dir, Diagnostics& diags);

// Refuses output folders that would destroy something or be read back as
// input: the source folder itself, one of its parents, a folder inside its
// content/, data/ or templates/ or inside `themes_dir`, or an existing folder
// that is not a built site. Returns the reason, or an empty string when the
// folder is safe to replace.
std::string unsafe_output_reason(const std::string& output_dir, const std::string& source_dir,
                                 const std::string& themes_dir = {});

}  // namespace candour
