#include "disclose/internal/editions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "audit/download_reader.hpp"
#include "releases/sha256.hpp"

namespace candour {

namespace {

// Two published numbers differ (both as printed, so no rounding noise).
bool differs(double a, double b) {
    return std::fabs(a - b) > 1e-9;
}

bool is_survey(const FigureNames& names, const CellId& c) {
    return names.table_name(c.table).rfind("survey/", 0) == 0;
}

}  // namespace

ReleasedFigures read_released(const std::vector<FrozenRelease>& releases, Diagnostics& diags) {
    ReleasedFigures out;
    DownloadedFigures all;
    for (const auto& r : releases) all.publication.names.edition(r.manifest.period.code());  // oldest first
    std::uint32_t file = 0;
    for (const auto& r : releases) {
        std::string name = r.manifest.period.code();
        std::vector<std::string> paths;
        for (const auto& f : r.files) {
            paths.push_back(f.path);
            DownloadedFigures one;
            read_download(r.folder + "/" + f.path, f.bytes, file++, one, diags, name);
            all.merge(std::move(one));
        }
        for (const auto& [key, fp] : r.manifest.hidden) out.fingerprints[name + "|" + key] = fp;
        out.editions.push_back({name, std::move(paths)});
    }
    out.figures = std::move(all.publication);
    return out;
}

std::string hidden_fingerprint(const FigureKey& key, double raw) {
    return sha256_hex(fmt::format("candour-hidden/1|{}|{}", key.cell_key(), raw));
}

Editions::Editions(DecidedFigures& figures, const ReleasedFigures& released)
    : figures_(figures), released_(released), rank_(256, 0) {
    figures_.add_released(released.figures);
    auto order = figures_.names().editions_in_order();
    for (std::size_t i = 0; i < order.size(); ++i) rank_[order[i]] = static_cast<int>(i);
    const auto& all = figures_.released();
    for (std::size_t i = 0; i < all.size(); ++i) by_cell_[all[i].cell.same_cell_code()].push_back(i);
    for (auto& [_, list] : by_cell_) {
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return rank_[all[a].cell.edition] < rank_[all[b].cell.edition];
        });
    }
}

EarlierFigure Editions::last_shown(std::size_t decided) const {
    auto it = by_cell_.find(figures_.all()[decided].cell.same_cell_code());
    if (it == by_cell_.end()) return {};
    const Figure& f = figures_.released()[it->second.back()];
    return {&f, figures_.names().edition_name(f.cell.edition)};
}

std::string Editions::hidden_by(std::size_t decided) const {
    auto it = by_cell_.find(figures_.all()[decided].cell.same_cell_code());
    if (it == by_cell_.end()) return "";
    for (auto i : it->second) {
        const Figure& f = figures_.released()[i];
        if (f.hidden()) return figures_.names().edition_name(f.cell.edition);
    }
    return "";
}

// Compared with the last release that showed the cell. A percentage
// itself is left to its numerator and denominator (it is worked out from
// them), unless both editions show it.
bool Editions::revised(std::size_t i) const {
    const DecidedFigure& d = figures_.all()[i];
    EarlierFigure last = last_shown(i);
    if (!last.figure) return false;
    bool percentage = d.derived;
    const Figure& f = *last.figure;
    if (f.number) {
        if (d.value->has_number()) return differs(d.value->number(), *f.number);
        return !percentage && differs(d.raw, *f.number);
    }
    if (!f.hidden() || percentage || is_survey(figures_.names(), d.cell)) return false;
    FigureKey key = figures_.names().key(d.cell);
    auto fp = released_.fingerprints.find(last.release + "|" + key.cell_key());
    return fp != released_.fingerprints.end() && fp->second != hidden_fingerprint(key, d.raw);
}

void Editions::mark_revised() {
    auto& all = figures_.all();
    for (std::size_t i = 0; i < all.size(); ++i) all[i].revised = revised(i);
    for (auto& d : all) {
        if (d.revised && d.companion >= 0) all[static_cast<std::size_t>(d.companion)].revised = true;
    }
}

std::vector<std::pair<EarlierFigure, EarlierFigure>> Editions::between_releases() const {
    std::vector<std::pair<EarlierFigure, EarlierFigure>> out;
    const auto& all = figures_.released();
    const FigureNames& names = figures_.names();
    for (const auto& [_, list] : by_cell_) {
        for (std::size_t k = 1; k < list.size(); ++k) {
            const Figure& later = all[list[k]];
            const Figure& earlier = all[list[k - 1]];
            if (!later.revised || later.cell.measure != Measure::value || later.cell.edition == earlier.cell.edition)
                continue;
            out.push_back({{&earlier, names.edition_name(earlier.cell.edition)},
                           {&later, names.edition_name(later.cell.edition)}});
        }
    }
    return out;
}

}  // namespace candour
