#include "audit/audit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "audit/attacker.hpp"
#include "audit/download_reader.hpp"
#include "audit/linked_groups.hpp"
#include "diagnostics/text_position.hpp"
#include "io/parallel.hpp"

namespace candour {

namespace {

// Where a reader meets this variable hidden or rounded: its first such figure.
const Figure& shown_at(const LinearModel& model, const ModelVariable& v) {
    for (auto f : v.figures) {
        if (model.figures()[f].hidden()) return model.figures()[f];
    }
    return model.figures()[v.figures.front()];
}

// Indicators found in downloads but missing from the metadata are still
// attacked, as counts or percentages by their 'unit' column, with no relations.
DisclosureMetadata with_unknown_indicators(DisclosureMetadata meta, const std::map<std::string, std::string>& units) {
    bool added = false;
    for (const auto& [id, unit] : units) {
        if (meta.catalogue.indicator(id)) continue;
        Indicator ind;
        ind.id = id;
        ind.unit = parse_unit(unit).value_or(Unit::rate);
        meta.catalogue.indicators.push_back(ind);
        added = true;
    }
    if (added) meta.catalogue.build_index();
    return meta;
}

struct Placed {
    AuditFinding finding;
    std::uint32_t file;
    std::uint64_t offset;
};

// One linked group's findings.
struct GroupResult {
    std::vector<Placed> checked;
    std::vector<std::string> contradictions;
};

GroupResult attack_group(const PublishedFigures& pub, const std::vector<std::size_t>& members,
                         const DisclosureMetadata& meta) {
    std::vector<Figure> figures;
    figures.reserve(members.size());
    for (auto i : members) figures.push_back(pub.figures[i]);
    LinearModel model(pub.names, std::move(figures), meta);
    GroupResult out;
    out.contradictions = model.contradictions();
    std::vector<Exposure> found = exposed_by_publication(model);
    for (const auto& group : attack_components(model)) {
        auto e = attack_component(model, group);
        found.insert(found.end(), e.begin(), e.end());
    }
    for (const auto& e : found) {
        if (!e.consistent) {
            out.contradictions.push_back(
                fmt::format("the published figures around {} contradict the relations declared for them",
                            model.key_of(e.var).label()));
            continue;
        }
        const Figure& at = shown_at(model, model.variables()[static_cast<std::size_t>(e.var)]);
        out.checked.push_back(
            {{model.key_of(e.var), {}, e.low, e.high, model.required_width(e.var)}, at.file, at.offset});
    }
    return out;
}

// A cell shown as two different numbers (in two downloads, say) is a fault
// whatever is hidden, so every figure is checked, not only linked groups.
std::vector<std::string> disagreements(const PublishedFigures& pub) {
    std::unordered_map<std::uint64_t, double> first;
    std::vector<std::string> out;
    for (const auto& f : pub.figures) {
        if (!f.number) continue;
        auto [it, inserted] = first.emplace(f.cell.code(), *f.number);
        if (!inserted && it->second != *f.number) {
            out.push_back(fmt::format("{} is published as two different figures", pub.names.key(f.cell).label()));
        }
    }
    return out;
}

}  // namespace

std::vector<AuditFinding> AuditResult::exposed() const {
    std::vector<AuditFinding> out;
    for (const auto& f : checked) {
        if (f.exposed()) out.push_back(f);
    }
    return out;
}

AuditResult audit_publication(PublishedFigures& pub, const DisclosureMetadata& meta,
                              const std::function<SourcePos(std::uint32_t, std::uint64_t)>& place, int jobs) {
    AuditResult result;
    result.figures = static_cast<int>(pub.figures.size());
    result.contradictions = disagreements(pub);
    name_relations(pub, meta);
    auto groups = linked_groups(pub, meta);
    std::vector<GroupResult> found(groups.size());
    parallel_for(groups.size(), worker_count(jobs, groups.size()),
                 [&](std::size_t i, int) { found[i] = attack_group(pub, groups[i], meta); });
    for (auto& g : found) {
        for (auto& p : g.checked) {
            p.finding.where = place(p.file, p.offset);
            result.checked.push_back(std::move(p.finding));
        }
        for (auto& c : g.contradictions) result.contradictions.push_back(std::move(c));
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
    std::vector<std::size_t> downloads;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (is_download(files[i].path, files[i].bytes)) downloads.push_back(i);
    }
    // Each download on its own thread; joined in file order, so the result
    // never depends on the threads.
    // A file frozen in a release shows that edition's figures.
    std::map<std::string, std::string> edition_of;
    for (const auto& e : meta.editions) {
        for (const auto& path : e.files) edition_of[path] = e.release;
    }
    std::vector<DownloadedFigures> read(downloads.size());
    parallel_for(downloads.size(), worker_count(jobs, downloads.size()), [&](std::size_t i, int) {
        const OutputFile& f = files[downloads[i]];
        auto e = edition_of.find(f.path);
        read_download(f.path, f.bytes, static_cast<std::uint32_t>(downloads[i]), read[i], diags,
                      e == edition_of.end() ? std::string_view() : std::string_view(e->second));
    });
    DownloadedFigures all;
    for (const auto& e : meta.editions) all.publication.names.edition(e.release);  // oldest first
    for (auto& r : read) all.merge(std::move(r));
    std::vector<std::unique_ptr<LineIndex>> lines(files.size());
    auto place = [&](std::uint32_t file, std::uint64_t offset) {
        if (!lines[file]) lines[file] = std::make_unique<LineIndex>(files[file].bytes);
        LineCol lc = lines[file]->at(offset);
        return SourcePos{files[file].path, lc.line, lc.col};
    };
    DisclosureMetadata full = with_unknown_indicators(meta, all.units);
    AuditResult result = audit_publication(all.publication, full, place, jobs);
    result.files = static_cast<int>(downloads.size());
    return result;
}

std::string describe_exposure(const AuditFinding& f) {
    if (f.pinned())
        return fmt::format("hidden figure {} can be worked out exactly from the published figures", f.key.label());
    return fmt::format(
        "hidden figure {} can be narrowed to a range of {} from the published figures, less than the "
        "protection width of {}",
        f.key.label(), f.high - f.low, f.required);
}

}  // namespace candour
