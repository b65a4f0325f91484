#include "audit/linked_groups.hpp"

#include <map>
#include <set>
#include <unordered_map>

#include "audit/union_find.hpp"
#include "kpi/period.hpp"
#include "kpi/published_survey.hpp"

namespace candour {

namespace {

std::uint64_t table_period(std::uint32_t table, std::uint32_t period) {
    return (static_cast<std::uint64_t>(table) << 32) | period;
}

// Tables (one indicator in one period) joined by relations.
class TableGraph : public UnionFind {
public:
    std::size_t node(std::uint32_t table, std::uint32_t period) {
        auto [it, inserted] = nodes_.emplace(table_period(table, period), size());
        if (inserted) add();
        return it->second;
    }

private:
    std::unordered_map<std::uint64_t, std::size_t> nodes_;
};

// Hidden, or (when its counts are rounded, by the site's method or the
// indicator's own) any number: rounded counts must not be pinned either.
bool needs_protection(const Figure& f, const FigureNames& names, const DisclosureMetadata& meta) {
    return f.hidden() || (f.number && rounded_figures(meta, names.table_name(f.cell.table)));
}

}  // namespace

void name_relations(PublishedFigures& pub, const DisclosureMetadata& meta) {
    FigureNames& names = pub.names;
    std::vector<std::string> published_periods;
    for (std::size_t p = 0; p < names.periods(); ++p)
        published_periods.push_back(names.period_name(static_cast<std::uint32_t>(p)));
    for (const auto& ind : meta.catalogue.indicators) {
        names.table(ind.id);
        for (const auto& b : ind.breakdowns) {
            const Breakdown* def = meta.catalogue.breakdown(b);
            if (!def) continue;
            for (const auto& g : def->groups) names.series(b, g);
            // A cross-tabulation adds up to the breakdowns it crosses, even
            // when the indicator publishes no figure by them: such a margin
            // is a figure the reader does not know, never the overall one.
            for (const auto& crossed : def->cross) {
                if (const Breakdown* margin = meta.catalogue.breakdown(crossed)) {
                    for (const auto& g : margin->groups) names.series(crossed, g);
                }
            }
        }
        const Indicator* of = meta.catalogue.indicator(ind.year_to_date_of);
        if (!of) continue;
        for (const auto& code : published_periods) {
            if (auto p = Period::parse(code)) {
                for (const auto& q : p->year_to_date(of->frequency)) names.period(q.code());
            }
        }
    }
    for (const auto& theme : meta.survey_themes) names.table(survey_table_name(theme));
    for (const auto& r : survey_ratings) names.series("rating", r.id);
    names.period("all");
}

std::vector<std::vector<std::size_t>> linked_groups(const PublishedFigures& pub, const DisclosureMetadata& meta) {
    const FigureNames& names = pub.names;
    TableGraph graph;
    std::vector<std::size_t> node_of(pub.figures.size());
    std::map<std::uint32_t, std::set<std::uint32_t>> periods_of;  // table -> periods published
    for (std::size_t i = 0; i < pub.figures.size(); ++i) {
        const CellId& c = pub.figures[i].cell;
        node_of[i] = graph.node(c.table, c.period);
        periods_of[c.table].insert(c.period);
    }
    for (const auto& ind : meta.catalogue.indicators) {
        auto t = names.find_table(ind.id);
        if (!t) continue;
        for (std::uint32_t p : periods_of[*t]) {
            std::size_t node = graph.node(*t, p);
            for (const auto* other : {&ind.numerator_of, &ind.denominator_of}) {
                if (auto o = names.find_table(*other)) graph.join(node, graph.node(*o, p));
            }
            for (const auto& part : ind.parts) {
                if (auto o = names.find_table(part)) graph.join(node, graph.node(*o, p));
            }
            const Indicator* of = meta.catalogue.indicator(ind.year_to_date_of);
            auto period = Period::parse(names.period_name(p));
            auto o = names.find_table(ind.year_to_date_of);
            if (!of || !period || !o) continue;
            for (const auto& q : period->year_to_date(of->frequency)) {
                if (auto qp = names.find_period(q.code())) graph.join(node, graph.node(*o, *qp));
            }
        }
    }
    for (const auto& theme : meta.survey_themes) {  // the cumulative row joins every period
        auto t = names.find_table(survey_table_name(theme));
        if (!t || periods_of[*t].empty()) continue;
        std::size_t first = graph.node(*t, *periods_of[*t].begin());
        for (std::uint32_t p : periods_of[*t]) graph.join(first, graph.node(*t, p));
        // Each group's ratings add up, with the others', to the theme's.
        for (const auto& b : meta.survey_breakdowns) {
            for (const auto& g : b.groups) {
                auto gt = names.find_table(survey_table_name(theme, b.id, g));
                if (!gt) continue;
                for (std::uint32_t p : periods_of[*gt]) graph.join(first, graph.node(*gt, p));
            }
        }
    }
    std::unordered_map<std::size_t, bool> wanted;
    for (std::size_t i = 0; i < pub.figures.size(); ++i) {
        if (needs_protection(pub.figures[i], names, meta)) wanted[graph.find(node_of[i])] = true;
    }
    std::map<std::size_t, std::vector<std::size_t>> groups;  // by root: the same order every run
    for (std::size_t i = 0; i < pub.figures.size(); ++i) {
        std::size_t root = graph.find(node_of[i]);
        if (wanted.count(root)) groups[root].push_back(i);
    }
    std::vector<std::vector<std::size_t>> out;
    out.reserve(groups.size());
    for (auto& [_, g] : groups) out.push_back(std::move(g));
    return out;
}

}  // namespace candour
