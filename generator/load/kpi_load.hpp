#pragma once
// Loading KPI data: the catalogue (data/kpi/catalogue.yaml) and every KPI
// table (data/kpi/*.csv). The result holds RAW figures: it goes to validate
// and disclose only, never to the model or render stages.
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/raw_observation.hpp"

namespace candour {

inline constexpr const char* kpi_dir = "data/kpi";
inline constexpr const char* kpi_catalogue_file = "data/kpi/catalogue.yaml";

Catalogue load_kpi_catalogue(const FileSystem& fs, Diagnostics& diags);

// Reads one KPI table into `kpi` (its catalogue must already be loaded).
void load_kpi_table(const std::string& path, std::string text, RawKpi& kpi, Diagnostics& diags);

// The catalogue and all tables; `present` is false when there is no data/kpi.
RawKpi load_kpi(const FileSystem& fs, Diagnostics& diags);

}  // namespace candour
