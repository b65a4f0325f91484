#pragma once
// The releases still online, as disclosure control sees them: what each
// showed, read back from its frozen downloads, and a fingerprint of each
// figure it hid. Every current figure is compared with the last release
// that showed its cell:
// - a figure that differs is revised (worked out here, never typed);
// - a figure a release hid stays hidden;
// - a figure a release showed, and unchanged since, is known to every
//   reader: the linked suppression never hides it to protect another
//   (audit/linear_model.hpp joins the editions through it).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "audit/figure.hpp"
#include "diagnostics/diagnostics.hpp"
#include "disclose/internal/decided_figures.hpp"
#include "releases/frozen_releases.hpp"

namespace candour {

struct ReleasedFigures {
    PublishedFigures figures;                         // each in the edition of its release
    std::map<std::string, std::string> fingerprints;  // "<release>|<cell key>" -> fingerprint of a hidden figure
    std::vector<std::pair<std::string, std::vector<std::string>>> editions;  // release, its files; oldest first
};

// Reads the downloads of every release (oldest first, as loaded).
ReleasedFigures read_released(const std::vector<FrozenRelease>& releases, Diagnostics& diags);

// What a release keeps of a figure it hid: SHA-256 of its cell and value.
std::string hidden_fingerprint(const FigureKey& key, double raw);

// One earlier edition of a figure, as a release showed it.
struct EarlierFigure {
    const Figure* figure = nullptr;
    std::string release;
};

// The decided figures beside the releases. Construction adds the released
// figures to `figures` (DecidedFigures::add_released).
class Editions {
public:
    Editions(DecidedFigures& figures, const ReleasedFigures& released);

    // The last release to show this decided figure's cell (number or
    // symbol), or no figure when none did.
    EarlierFigure last_shown(std::size_t decided) const;
    // The first release that hid this cell, or "".
    std::string hidden_by(std::size_t decided) const;
    // Sets DecidedFigure::revised on every decided figure; a percentage is
    // revised when its numerator or denominator is.
    void mark_revised();
    // Figures one release showed differently from an earlier one (their
    // value measure), as marked in the later release's bytes: the earlier
    // and the later figure.
    std::vector<std::pair<EarlierFigure, EarlierFigure>> between_releases() const;

private:
    bool revised(std::size_t decided) const;

    DecidedFigures& figures_;
    const ReleasedFigures& released_;
    std::vector<int> rank_;                                      // by edition id: publication order
    std::map<std::uint64_t, std::vector<std::size_t>> by_cell_;  // same-cell code -> released figures, in order
};

}  // namespace candour
