#pragma once
// The Markdown written in data files (what was done about a finding, a
// response to a recommendation, an action's update) is shown on pages at
// different depths, so its links are written from the top of content/ and
// the model writes each page's own address for them. Here each link is
// checked once, at its line and column in the YAML file: a page that does
// not exist, a heading it lacks, a link climbing out of content/, and an
// address that would run a script (javascript:, data:...).
#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "render/link_resolver.hpp"

namespace candour {

void check_data_markdown(const Accountability& accountability, const LinkResolver& links, Diagnostics& diags);

}  // namespace candour
