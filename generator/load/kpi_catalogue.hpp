#pragma once
// The KPI catalogue (data/kpi/catalogue.yaml): what each indicator means and
// how indicators relate. Definitions only, no figures.
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/catalogue.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

inline constexpr const char* kpi_dir = "data/kpi";
inline constexpr const char* kpi_catalogue_file = "data/kpi/catalogue.yaml";

// `language`: which language to read its texts for readers in (the
// default's, or the only one, when null).
Catalogue load_kpi_catalogue(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language = nullptr);

// True when the site has KPI data at all (any file under data/kpi).
bool has_kpi_data(const FileSystem& fs);

}  // namespace candour
