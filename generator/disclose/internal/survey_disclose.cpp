#include "disclose/internal/survey_disclose.hpp"

#include <algorithm>
#include <map>

#include "accountability/accountability.hpp"
#include "kpi/download_row.hpp"

namespace candour {

namespace {

std::size_t rating_index(const std::string& id) {
    for (std::size_t i = 0; i < survey_rating_count; ++i) {
        if (id == survey_ratings[i].id) return i;
    }
    return 0;
}

std::string column_label(std::size_t col) {
    return col < survey_rating_count ? survey_ratings[col].label : "Total";
}

}  // namespace

SurveyTables::SurveyTables(const RawSurvey& raw, const DisclosureControl& control, DisclosureLog* log)
    : breakdowns_(raw.breakdowns) {
    Indicator counted;  // the primary rules for a count of people
    counted.unit = Unit::count;
    for (const auto& theme : finding_themes()) {
        std::size_t first = grids_.size();
        add_grid(raw, theme.id, "", "", {}, {});
        if (grids_.size() == first) continue;  // no ratings for the theme
        const std::vector<Period> periods = grids_[first].periods;
        // A group with no row for a period is placed at the overall row.
        const std::vector<SourcePos> overall_where = grids_[first].where;
        // Each group's table has the theme's periods, so its cumulative row
        // and the overall one add up over the same periods.
        for (const auto& b : raw.breakdowns) {
            bool given = std::any_of(raw.counts.begin(), raw.counts.end(), [&](const RawSurveyCount& c) {
                return c.theme == theme.id && c.breakdown == b.id;
            });
            if (!given) continue;
            for (const auto& g : b.groups) add_grid(raw, theme.id, b.id, g, periods, overall_where);
        }
    }
    for (auto& g : grids_) publish_grid(g, control, counted, log);
}

void SurveyTables::add_grid(const RawSurvey& raw, const std::string& theme, const std::string& breakdown,
                            const std::string& group, const std::vector<Period>& periods,
                            const std::vector<SourcePos>& fallback) {
    std::map<Period, std::pair<std::array<double, columns>, SourcePos>> by_period;
    for (const auto& p : periods) by_period.try_emplace(p, std::array<double, columns>{}, SourcePos{});
    for (const auto& c : raw.counts) {
        if (c.theme != theme || c.breakdown != breakdown || c.group != group) continue;
        if (!periods.empty() && !by_period.count(c.period)) continue;  // checked when read
        auto& [row, pos] = by_period.try_emplace(c.period, std::array<double, columns>{}, c.pos).first->second;
        if (pos.file.empty()) pos = c.pos;
        row[rating_index(c.rating)] += c.count;
        row[survey_rating_count] += c.count;
    }
    if (by_period.empty()) return;
    Grid g;
    g.theme = theme;
    g.breakdown = breakdown;
    g.group = group;
    std::array<double, columns> cumulative{};
    for (const auto& [period, row] : by_period) {
        g.periods.push_back(period);
        g.raw.push_back(row.first);
        SourcePos pos = row.second;
        if (pos.file.empty() && g.where.size() < fallback.size()) pos = fallback[g.where.size()];
        g.where.push_back(pos);
        for (std::size_t i = 0; i < columns; ++i) cumulative[i] += row.first[i];
    }
    g.raw.push_back(cumulative);
    auto placed = std::find_if(g.where.begin(), g.where.end(), [](const SourcePos& p) { return !p.file.empty(); });
    g.where.push_back(placed != g.where.end() ? *placed : g.where.front());
    grids_.push_back(std::move(g));
}

void SurveyTables::publish_grid(Grid& g, const DisclosureControl& control, const Indicator& counted,
                                DisclosureLog* log) {
    g.cells.resize(g.raw.size());
    for (std::size_t r = 0; r < g.raw.size(); ++r) {
        for (std::size_t col = 0; col < columns; ++col) {
            RawObservation obs;
            obs.value = g.raw[r][col];
            std::vector<DisclosureControl::Hidden> hidden;
            g.cells[r][col] = control.publish(obs, counted, hidden).value;
            if (!log) continue;
            bool cumulative_row = r == g.periods.size();
            for (const auto& h : hidden) {
                log->suppressions.push_back({log_name(g), cumulative_row ? g.periods.back() : g.periods[r],
                                             g.breakdown.empty() ? "rating" : g.breakdown + ", rating",
                                             (g.breakdown.empty() ? "" : g.group + ", ") +
                                                 (cumulative_row ? "cumulative " : "") + column_label(col),
                                             h.measure, h.reason, false});
            }
        }
    }
}

std::string SurveyTables::log_name(const Grid& g) {
    return "survey " + g.theme;
}

void SurveyTables::register_figures(DecidedFigures& figures) {
    for (auto& g : grids_) {
        for (std::size_t r = 0; r < g.raw.size(); ++r) {
            bool cumulative = r == g.periods.size();
            Period p = cumulative ? g.periods.back() : g.periods[r];
            for (std::size_t col = 0; col < columns; ++col) {
                bool total = col == survey_rating_count;
                DecidedFigure d;
                d.cell =
                    figures.names().cell(survey_table_name(g.theme, g.breakdown, g.group),
                                         cumulative ? std::string(survey_all_periods) : p.code(), total ? "" : "rating",
                                         total ? "" : survey_ratings[col].id, Measure::value);
                d.value = &g.cells[r][col];
                d.raw = g.raw[r][col];
                d.pos = g.where[r];
                figures.add(std::move(d));
            }
        }
    }
}

std::vector<std::string> SurveyTables::themes() const {
    std::vector<std::string> out;
    for (const auto& g : grids_) {
        if (g.breakdown.empty()) out.push_back(g.theme);
    }
    return out;
}

const SurveyTables::Grid* SurveyTables::grid_of(const std::string& table) const {
    for (const auto& g : grids_) {
        if (survey_table_name(g.theme, g.breakdown, g.group) == table) return &g;
    }
    return nullptr;
}

Suppression SurveyTables::describe(const FigureKey& key) const {
    bool cumulative = key.period == survey_all_periods;
    const Grid* g = grid_of(key.table);
    if (!g) return {key.table, Period::quarter(2000, 1), "rating", key.group, "value", "", true};
    Period period = cumulative ? g->periods.back() : Period::parse(key.period).value_or(g->periods.back());
    std::string column = key.group.empty() ? column_label(survey_rating_count) : column_label(rating_index(key.group));
    return {log_name(*g),
            period,
            g->breakdown.empty() ? "rating" : g->breakdown + ", rating",
            (g->breakdown.empty() ? "" : g->group + ", ") + (cumulative ? "cumulative " : "") + column,
            "value",
            "",
            true};
}

std::string SurveyTables::theme_of(const FigureKey& key) const {
    const Grid* g = grid_of(key.table);
    return g ? g->theme : key.table;
}

std::string SurveyTables::group_of(const FigureKey& key) const {
    const Grid* g = grid_of(key.table);
    return g && !g->breakdown.empty() ? g->group : "";
}

PublishedSurvey SurveyTables::published() const {
    PublishedSurvey out;
    out.breakdowns = breakdowns_;
    for (const auto& g : grids_) {
        std::vector<SurveyRow> rows;
        SurveyRow cumulative;
        for (std::size_t r = 0; r < g.cells.size(); ++r) {
            SurveyRow row;
            row.period = r < g.periods.size() ? g.periods[r] : g.periods.back();
            row.ratings.assign(g.cells[r].begin(), g.cells[r].begin() + survey_rating_count);
            row.total = g.cells[r][survey_rating_count];
            if (r < g.periods.size())
                rows.push_back(std::move(row));
            else
                cumulative = std::move(row);
        }
        if (g.breakdown.empty()) {
            SurveyTable table;
            table.theme = g.theme;
            table.rows = std::move(rows);
            table.cumulative = std::move(cumulative);
            out.tables.push_back(std::move(table));
        } else {
            out.tables.back().groups.push_back({g.breakdown, g.group, std::move(rows), std::move(cumulative)});
        }
    }
    return out;
}

}  // namespace candour
