#include "kpi/published_in_language.hpp"

#include <map>
#include <memory>

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

// The ratings' breakdowns and each group's table, with their names in the language.
std::shared_ptr<const PublishedSurvey> survey_in(const PublishedSurvey& survey,
                                                 const std::vector<SurveyBreakdown>& in_language) {
    auto out = std::make_shared<PublishedSurvey>(survey);
    GroupNames names;
    for (auto& b : out->breakdowns) {
        for (const auto& other : in_language) {
            if (other.id != b.id || other.groups.size() != b.groups.size()) continue;
            for (std::size_t i = 0; i < b.groups.size(); ++i) names[b.id][b.groups[i]] = other.groups[i];
            b.title = other.title;
            b.groups = other.groups;
        }
    }
    for (auto& t : out->tables) {
        for (auto& g : t.groups) {
            auto b = names.find(g.breakdown);
            if (b == names.end()) continue;
            if (auto n = b->second.find(g.group); n != b->second.end()) g.group = n->second;
        }
    }
    return out;
}

}  // namespace

PublishedKpi published_in_language(const PublishedKpi& kpi, const Catalogue& in_language,
                                   const std::vector<SurveyBreakdown>& survey_in_language) {
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
    if (kpi.survey) out.survey = survey_in(*kpi.survey, survey_in_language);
    return out;
}

}  // namespace candour
