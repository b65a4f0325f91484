#pragma once
// Last stage: publish the rendered files as one atomic change of the output
// folder. The new site is written beside the old one and swapped in; if
// anything goes wrong the old site stays exactly as it was.
#include <functional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"

namespace candour {

// Called with the staging folder once every file is in it, before it goes
// live: the place to add what is made from the written site (the search
// index). Returning false keeps the old site.
using BeforeSwap = std::function<bool(const std::string& staging_dir)>;

// Returns false (with a diagnostic) if the site could not be published.
//
// `kept_site`, when not empty, is a folder in the cache where the replaced
// site is kept after the swap, and which the next build writes over instead
// of an empty folder, changing only the files that differ (folder_sync.hpp).
// It is never served: it holds pages no longer published. Used only when it
// is on the same file system as the output; otherwise the replaced site is
// deleted, as without it.
bool write_site(const std::vector<OutputFile>& files, const std::string& output_dir, Diagnostics& diags,
                const BeforeSwap& before_swap = {}, const std::string& kept_site = {});

// Refuses output folders that would destroy something or be read back as
// input: the source folder itself, one of its parents, a folder inside its
// content/, data/ or templates/ or inside `themes_dir`, or an existing folder
// that is not a built site. Returns the reason, or an empty string when the
// folder is safe to replace.
std::string unsafe_output_reason(const std::string& output_dir, const std::string& source_dir,
                                 const std::string& themes_dir = {});

}  // namespace candour
