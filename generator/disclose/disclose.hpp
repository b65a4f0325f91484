#pragma once
// Stage: disclosure control, the only library that sees raw figures. It reads
// the KPI tables (data/kpi/*.csv) and the interview ratings
// (data/findings/survey.csv), checks them against the catalogue, and returns
// published figures: each a number that passed disclosure control, or a
// symbol. The raw types are private to this library (disclose/internal/), so
// no later stage can compile code that reaches a raw value.
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "disclose/typed_figures.hpp"
#include "io/file_system.hpp"
#include "kpi/future_period.hpp"
#include "kpi/published.hpp"
#include "load/site_config.hpp"
#include "releases/frozen_releases.hpp"

namespace candour {

// Every problem in the tables is reported to `diags`; what disclosure control
// hid, and why, goes to `log`. (The notes, like every published text, pass
// the privacy gate after render: privacy/privacy_gate.hpp.) With `typed`,
// the check of hidden figures typed into the site's own words, holding what
// it needs (typed_figures.hpp).
// With `releases` (the releases still online, releases/frozen_releases.hpp),
// the figures are set beside them: revisions are worked out and listed,
// a figure a release hid stays hidden, and one it showed unchanged is
// never hidden to protect another. `fingerprint_hidden` (for `candour
// release`) fills PublishedKpi::hidden_fingerprints.
struct DiscloseEditions {
    const std::vector<FrozenRelease>* releases = nullptr;
    bool fingerprint_hidden = false;
};

// With `future.today`, a row for a period that has not started is an error
// unless it is provisional and announced (kpi/future_period.hpp).
PublishedKpi load_and_disclose(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags, DisclosureLog& log,
                               TypedFigureCheck* typed = nullptr, const DiscloseEditions& editions = {},
                               const FuturePeriodRule& future = {});

}  // namespace candour
