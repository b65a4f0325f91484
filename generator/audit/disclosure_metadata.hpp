#pragma once
// What a reader may know besides the figures themselves: how the site
// protects small numbers, and which figures add up to or equal which. The
// build publishes it beside the downloads (data/disclosure.json), so anyone,
// including `candour audit`, can attack a published site with the same
// knowledge the build assumed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/catalogue.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

// A release still online: its figures are as first published, and a reader
// may set them beside the current ones.
struct ReleasedEdition {
    std::string release;             // its period code, "2024-25 Q1"
    std::vector<std::string> files;  // the published paths it froze
};

struct DisclosureMetadata {
    // Only ids, units, frequencies, decimals, breakdowns and the relations
    // between indicators are kept; titles and definitions are not needed.
    Catalogue catalogue;
    bool rounded = false;  // method: round (counts to the nearest rounding_base)
    int rounding_base = 5;
    int protection_width = 3;                // a hidden figure's possible values must span at least this much
    std::vector<std::string> survey_themes;  // themes with interview ratings; empty when there are none
    // Breakdowns of the ratings (data/findings/survey.yaml): each one's
    // groups add up to a theme's ratings, where the groups are published.
    std::vector<SurveyBreakdown> survey_breakdowns;
    std::vector<ReleasedEdition> editions;  // releases still online, oldest first
};

inline constexpr const char* disclosure_metadata_file = "data/disclosure.json";

DisclosureMetadata make_disclosure_metadata(const Catalogue& catalogue, bool rounded, int rounding_base,
                                            int protection_width, std::vector<std::string> survey_themes);

// Whether a reader knows the figures of `table` (an indicator id, or a
// survey table) are rounded: the site's method, unless the indicator has its
// own rule (catalogue 'disclosure:'), whose method then decides.
bool rounded_figures(const DisclosureMetadata& meta, std::string_view table);

// The JSON published at data/disclosure.json.
std::string disclosure_metadata_json(const DisclosureMetadata& meta);

// Reads it back; problems are reported at their place in `path`.
std::optional<DisclosureMetadata> read_disclosure_metadata(const std::string& path, std::string_view text,
                                                           Diagnostics& diags);

}  // namespace candour
