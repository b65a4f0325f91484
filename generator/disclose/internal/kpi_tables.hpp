#pragma once
// Reading the KPI tables (data/kpi/*.csv) into RAW figures, which only the
// disclose library ever sees.
#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "io/file_system.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

// Reads one KPI table into `kpi` (its catalogue must already be loaded).
void load_kpi_table(const std::string& path, std::string text, RawKpi& kpi, Diagnostics& diags);

// The catalogue and all tables; `present` is false when there is no data/kpi.
RawKpi load_kpi(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language = nullptr);

}  // namespace candour
