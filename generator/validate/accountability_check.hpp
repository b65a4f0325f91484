#pragma once
// Checks across files for findings and trackers: related indicators must be
// in the KPI catalogue, as their pages are linked; every body a tracker
// names must be one declared in site.yaml, so a typo cannot silently turn
// our own recommendation into "another body".
#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "kpi/catalogue.hpp"
#include "load/site_config.hpp"

namespace candour {

// `catalogue` is null when the site has no KPI data.
void check_accountability(const Accountability& a, const Catalogue* catalogue, const SiteConfig& config,
                          Diagnostics& diags);

// `names` as a YAML line ready to paste into site.yaml: "bodies: [CPS, Home Office]".
std::string bodies_line(const std::vector<std::string>& names);

}  // namespace candour
