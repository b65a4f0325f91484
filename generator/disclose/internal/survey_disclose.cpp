#include "disclose/internal/survey_disclose.hpp"

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

SurveyTables::SurveyTables(const RawSurvey& raw, const DisclosureControl& control, DisclosureLog* log) {
    Indicator counted;  // the primary rules for a count of people
    counted.unit = Unit::count;
    for (const auto& theme : finding_themes()) {
        std::map<Period, std::pair<std::array<double, columns>, SourcePos>> by_period;
        for (const auto& c : raw.counts) {
            if (c.theme != theme.id) continue;
            auto& [row, pos] = by_period.try_emplace(c.period, std::array<double, columns>{}, c.pos).first->second;
            row[rating_index(c.rating)] += c.count;
            row[survey_rating_count] += c.count;
        }
        if (by_period.empty()) continue;
        Grid g;
        g.theme = theme.id;
        std::array<double, columns> cumulative{};
        for (const auto& [period, row] : by_period) {
            g.periods.push_back(period);
            g.raw.push_back(row.first);
            g.where.push_back(row.second);
            for (std::size_t i = 0; i < columns; ++i) cumulative[i] += row.first[i];
        }
        g.raw.push_back(cumulative);
        g.where.push_back(g.where.front());
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
                    log->suppressions.push_back({"survey " + theme.id, cumulative_row ? g.periods.back() : g.periods[r],
                                                 "rating", (cumulative_row ? "cumulative " : "") + column_label(col),
                                                 h.measure, h.reason, false});
                }
            }
        }
        grids_.push_back(std::move(g));
    }
}

void SurveyTables::register_figures(DecidedFigures& figures) {
    for (auto& g : grids_) {
        for (std::size_t r = 0; r < g.raw.size(); ++r) {
            bool cumulative = r == g.periods.size();
            Period p = cumulative ? g.periods.back() : g.periods[r];
            for (std::size_t col = 0; col < columns; ++col) {
                bool total = col == survey_rating_count;
                DecidedFigure d;
                d.cell = figures.names().cell("survey/" + g.theme, cumulative ? std::string(survey_all_periods) : p.code(),
                                              total ? "" : "rating", total ? "" : survey_ratings[col].id, Measure::value);
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
    for (const auto& g : grids_) out.push_back(g.theme);
    return out;
}

Suppression SurveyTables::describe(const FigureKey& key) const {
    std::string theme = key.table.substr(key.table.find('/') + 1);
    bool cumulative = key.period == survey_all_periods;
    Period period = Period::quarter(2000, 1);
    for (const auto& g : grids_) {
        if (g.theme == theme) period = cumulative ? g.periods.back() : *Period::parse(key.period);
    }
    std::string column = key.group.empty() ? column_label(survey_rating_count) : column_label(rating_index(key.group));
    return {"survey " + theme, period, "rating", (cumulative ? "cumulative " : "") + column, "value", "", true};
}

PublishedSurvey SurveyTables::published() const {
    PublishedSurvey out;
    for (const auto& g : grids_) {
        SurveyTable table;
        table.theme = g.theme;
        for (std::size_t r = 0; r < g.cells.size(); ++r) {
            SurveyRow row;
            row.period = r < g.periods.size() ? g.periods[r] : g.periods.back();
            row.ratings.assign(g.cells[r].begin(), g.cells[r].begin() + survey_rating_count);
            row.total = g.cells[r][survey_rating_count];
            if (r < g.periods.size()) table.rows.push_back(std::move(row));
            else table.cumulative = std::move(row);
        }
        out.tables.push_back(std::move(table));
    }
    return out;
}

}  // namespace candour
