#include "audit/figure.hpp"

#include <algorithm>
#include <stdexcept>

namespace candour {

const char* measure_name(Measure m) {
    switch (m) {
        case Measure::numerator:
            return "numerator";
        case Measure::denominator:
            return "denominator";
        case Measure::value:
            break;
    }
    return "value";
}

Measure measure_of(std::string_view name) {
    if (name == "numerator") return Measure::numerator;
    if (name == "denominator") return Measure::denominator;
    return Measure::value;
}

std::string FigureKey::id() const {
    std::string out;
    out.reserve(table.size() + period.size() + breakdown.size() + group.size() + measure.size() + 4);
    for (const std::string* part : {&table, &period, &breakdown, &group}) {
        out += *part;
        out += '\x1f';
    }
    out += measure;
    if (!edition.empty()) out += "\x1f@" + edition;
    return out;
}

std::string FigureKey::cell_key() const {
    return table + "|" + period + "|" + breakdown + "|" + group + "|" + measure;
}

std::string FigureKey::label() const {
    std::string out = table + " " + (period == "all" ? std::string("all periods") : period);
    if (!breakdown.empty()) out += " " + breakdown + "=" + group;
    if (measure != "value") out += " (" + measure + ")";
    if (!edition.empty()) out += ", as released in " + edition;
    return out;
}

FigureNames::FigureNames() {
    series("", "");
}  // the overall figure is series 0

std::uint32_t FigureNames::intern(Index& index, std::vector<std::string>& names, std::string_view s) {
    auto it = index.find(s);
    if (it != index.end()) return it->second;
    auto id = static_cast<std::uint32_t>(names.size());
    names.emplace_back(s);
    index.emplace(std::string(s), id);
    return id;
}

std::optional<std::uint32_t> FigureNames::find(const Index& index, std::string_view s) {
    auto it = index.find(s);
    if (it == index.end()) return std::nullopt;
    return it->second;
}

std::uint32_t FigureNames::series(std::string_view breakdown, std::string_view group) {
    scratch_.assign(breakdown);
    scratch_ += '\x1f';
    scratch_ += group;
    auto it = series_.find(std::string_view(scratch_));
    if (it != series_.end()) return it->second;
    auto id = static_cast<std::uint32_t>(series_names_.size());
    series_names_.emplace_back(std::string(breakdown), std::string(group));
    series_.emplace(scratch_, id);
    return id;
}

std::optional<std::uint32_t> FigureNames::find_series(std::string_view breakdown, std::string_view group) const {
    std::string key;  // not the shared scratch: lookups may run on several threads
    key.reserve(breakdown.size() + group.size() + 1);
    key.append(breakdown).append(1, '\x1f').append(group);
    return find(series_, key);
}

CellId FigureNames::cell(std::string_view table_name, std::string_view period_code, std::string_view breakdown,
                         std::string_view group, Measure m) {
    return {table(table_name), period(period_code), series(breakdown, group), m};
}

FigureKey FigureNames::key(const CellId& c) const {
    return {table_names_[c.table],          period_names_[c.period], series_names_[c.series].first,
            series_names_[c.series].second, measure_name(c.measure), edition_names_[c.edition]};
}

std::uint8_t FigureNames::edition(std::string_view release) {
    if (release.empty()) return current;
    auto it = std::find(edition_names_.begin(), edition_names_.end(), release);
    if (it != edition_names_.end()) return static_cast<std::uint8_t>(it - edition_names_.begin());
    if (edition_names_.size() > 255) throw std::length_error("more than 255 releases online");
    edition_names_.emplace_back(release);
    return static_cast<std::uint8_t>(edition_names_.size() - 1);
}

std::vector<std::uint8_t> FigureNames::editions_in_order() const {
    std::vector<std::uint8_t> out;
    for (std::size_t e = 1; e < edition_names_.size(); ++e) out.push_back(static_cast<std::uint8_t>(e));
    out.push_back(current);
    return out;
}

}  // namespace candour
