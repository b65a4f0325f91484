#include "kpi/published_in_language.hpp"

#include <map>

namespace candour {

namespace {

// Each breakdown's groups by their name in the data, to their name in the language.
using GroupNames = std::map<std::string, std::map<std::string, std::string>>;

GroupNames group_names(const Catalogue& from, const Catalogue& to) {
    GroupNames names;
    for (const auto& [id, b] : from.breakdowns) {
        const Breakdown* other = to.breakdown(id);
        if (!other || other->groups.size() != b.groups.size()) continue;
        for (std::size_t i = 0; i < b.groups.size(); ++i) names[id][b.groups[i]] = other->groups[i];
    }
    return names;
}

void translate_catalogue(Catalogue& cat, const Catalogue& in_language) {
    for (auto& aim : cat.aims) {
        for (const auto& other : in_language.aims) {
            if (other.id != aim.id) continue;
            aim.title = other.title;
            aim.summary = other.summary;
        }
    }
    for (auto& [id, b] : cat.breakdowns) {
        const Breakdown* other = in_language.breakdown(id);
        if (!other) continue;
        b.title = other->title;
        if (other->groups.size() == b.groups.size()) b.groups = other->groups;
    }
    for (auto& ind : cat.indicators) {
        const Indicator* other = in_language.indicator(ind.id);
        if (!other) continue;
        ind.title = other->title;
        ind.definition = other->definition;
        ind.source = other->source;
        if (other->caveats.size() == ind.caveats.size()) ind.caveats = other->caveats;
    }
}

}  // namespace

PublishedKpi published_in_language(const PublishedKpi& kpi, const Catalogue& in_language) {
    PublishedKpi out = kpi;
    GroupNames names = group_names(kpi.catalogue, in_language);
    auto rename = [&](const std::string& breakdown, std::string& group) {
        auto b = names.find(breakdown);
        if (b == names.end()) return false;
        auto g = b->second.find(group);
        if (g == b->second.end()) return false;
        group = g->second;
        return true;
    };
    for (auto& ind : out.indicators) {
        for (auto& s : ind.series) {
            std::string data = s.group;
            if (rename(s.breakdown, s.group)) s.data_group = data;
        }
    }
    for (auto& r : out.revisions) rename(r.breakdown, r.group);
    translate_catalogue(out.catalogue, in_language);
    for (auto& ind : out.indicators) {
        if (const Indicator* def = out.catalogue.indicator(ind.def.id)) ind.def = *def;
    }
    return out;
}

}  // namespace candour
