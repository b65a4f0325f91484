#pragma once
// Disclosure control over the KPI tables and the interview ratings together:
// primary suppression of each cell under the site's rules, then secondary
// suppression over every table the catalogue's relations join
// (linked_suppression.hpp).
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "disclose/internal/editions.hpp"
#include "disclose/internal/guard.hpp"
#include "disclose/internal/hidden_figures.hpp"
#include "disclose/internal/raw_kpi.hpp"
#include "disclose/internal/revision_notes.hpp"
#include "disclose/internal/survey_load.hpp"
#include "kpi/published.hpp"
#include "load/site_config.hpp"

namespace candour {

// Problems (a note that could give a hidden figure away, figures that
// contradict the declared relations) go to `diags` when given; every figure
// hidden, with its value and the words that name it, to `hidden` when given
// (for the typed-figure check).
// With `editions`, the figures are set beside the releases still online
// (editions.hpp): revisions are worked out and listed, and nothing a release
// hid or showed is undone.
struct EditionInput {
    const ReleasedFigures* released = nullptr;
    std::vector<RevisionNote> notes;  // data/kpi/revisions.yaml
    bool fingerprint_hidden = false;  // `candour release`: PublishedKpi::hidden_fingerprints
};

PublishedKpi disclose(const RawKpi& raw, const RawSurvey& survey, const DisclosureRules& rules, DisclosureLog* log,
                      Diagnostics* diags = nullptr, HiddenFigures* hidden = nullptr, const EditionInput& editions = {});

// The KPI tables alone.
inline PublishedKpi disclose(const RawKpi& raw, const DisclosureRules& rules, DisclosureLog* log = nullptr) {
    return disclose(raw, RawSurvey{}, rules, log);
}

}  // namespace candour
