#include "audit/audit.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "audit/attacker.hpp"
#include "audit/download_reader.hpp"
#include "io/parallel.hpp"

namespace candour {

namespace {

// Where a reader meets this variable hidden or rounded: its first such figure.
SourcePos place_of(const LinearModel& model, const ModelVariable& v) {
    for (auto f : v.figures) {
        const Figure& fig = model.figures()[f];
        if (fig.hidden()) return fig.where;
    }
    return v.figures.empty() ? SourcePos{} : model.figures()[v.figures.front()].where;
}

AuditFinding finding_of(const LinearModel& model, const Exposure& e) {
    const ModelVariable& v = model.variables()[static_cast<std::size_t>(e.var)];
    return {v.key, place_of(model, v), e.low, e.high, model.required_width(e.var)};
}

// Indicators found in downloads but missing from the metadata are still
// attacked, as counts or percentages by their 'unit' column, with no relations.
DisclosureMetadata with_unknown_indicators(DisclosureMetadata meta, const std::map<std::string, std::string>& units) {
    for (const auto& [id, unit] : units) {
        if (meta.catalogue.indicator(id)) continue;
        Indicator ind;
        ind.id = id;
        ind.unit = parse_unit(unit).value_or(Unit::rate);
        meta.catalogue.indicators.push_back(ind);
        meta.catalogue.build_index();
    }
    return meta;
}

}  // namespace

std::vector<AuditFinding> AuditResult::exposed() const {
    std::vector<AuditFinding> out;
    for (const auto& f : checked) {
        if (f.exposed()) out.push_back(f);
    }
    return out;
}

AuditResult audit_figures(std::vector<Figure> figures, const DisclosureMetadata& meta, int jobs) {
    AuditResult result;
    result.figures = static_cast<int>(figures.size());
    LinearModel model(std::move(figures), meta);
    result.contradictions = model.contradictions();
    auto groups = attack_components(model);
    std::vector<std::vector<Exposure>> found(groups.size());
    parallel_for(groups.size(), worker_count(jobs, groups.size()),
                 [&](std::size_t i, int) { found[i] = attack_component(model, groups[i]); });
    found.push_back(exposed_by_publication(model));
    for (const auto& group : found) {
        for (const auto& e : group) {
            if (!e.consistent) {
                result.contradictions.push_back(fmt::format(
                    "the published figures around {} contradict the relations in the catalogue",
                    model.variables()[static_cast<std::size_t>(e.var)].key.label()));
                continue;
            }
            result.checked.push_back(finding_of(model, e));
        }
    }
    std::sort(result.checked.begin(), result.checked.end(), [](const AuditFinding& a, const AuditFinding& b) {
        return std::tie(a.key.table, a.key.period, a.key.breakdown, a.key.group, a.key.measure) <
               std::tie(b.key.table, b.key.period, b.key.breakdown, b.key.group, b.key.measure);
    });
    std::sort(result.contradictions.begin(), result.contradictions.end());
    result.contradictions.erase(std::unique(result.contradictions.begin(), result.contradictions.end()),
                                result.contradictions.end());
    return result;
}

AuditResult audit_files(const std::vector<OutputFile>& files, const DisclosureMetadata& meta, Diagnostics& diags,
                        int jobs) {
    DownloadedFigures read;
    for (const auto& f : files) read_download(f.path, f.bytes, read, diags);
    AuditResult result = audit_figures(std::move(read.figures), with_unknown_indicators(meta, read.units), jobs);
    result.files = read.files;
    return result;
}

std::string describe_exposure(const AuditFinding& f) {
    if (f.pinned()) return fmt::format("hidden figure {} can be worked out exactly from the published figures", f.key.label());
    return fmt::format("hidden figure {} can be narrowed to a range of {} from the published figures, less than the "
                       "protection width of {}",
                       f.key.label(), f.high - f.low, f.required);
}

}  // namespace candour
