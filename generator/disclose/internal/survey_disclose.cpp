#include "disclose/internal/survey_disclose.hpp"

#include <array>
#include <map>

#include "accountability/accountability.hpp"
#include "disclose/internal/disclosure_control.hpp"
#include "disclose/internal/secondary_suppression.hpp"

namespace candour {

namespace {

constexpr std::size_t columns = survey_rating_count + 1;  // the ratings, then the total

// One theme's raw grid: a row per period then the cumulative row, each with
// the ratings then the total. Kept raw only inside this file.
struct Grid {
    std::vector<Period> periods;
    std::vector<std::array<double, columns>> raw;
    std::vector<std::array<PublishedCell, columns>> cells;
};

std::size_t rating_index(const std::string& id) {
    for (std::size_t i = 0; i < survey_rating_count; ++i) {
        if (id == survey_ratings[i].id) return i;
    }
    return 0;
}

Grid raw_grid(const RawSurvey& raw, const std::string& theme) {
    std::map<Period, std::array<double, columns>> by_period;
    for (const auto& c : raw.counts) {
        if (c.theme != theme) continue;
        auto& row = by_period.try_emplace(c.period, std::array<double, columns>{}).first->second;
        row[rating_index(c.rating)] += c.count;
        row[survey_rating_count] += c.count;
    }
    Grid g;
    std::array<double, columns> cumulative{};
    for (const auto& [period, row] : by_period) {
        g.periods.push_back(period);
        g.raw.push_back(row);
        for (std::size_t i = 0; i < columns; ++i) cumulative[i] += row[i];
    }
    if (!g.raw.empty()) g.raw.push_back(cumulative);
    g.cells.resize(g.raw.size());
    return g;
}

std::string column_label(std::size_t col) {
    return col < survey_rating_count ? survey_ratings[col].label : "Total";
}

void publish_primary(Grid& g, const std::string& theme, const DisclosureControl& control, DisclosureLog* log) {
    Indicator counted;  // the primary rules for a count of people
    counted.unit = Unit::count;
    for (std::size_t r = 0; r < g.raw.size(); ++r) {
        for (std::size_t col = 0; col < columns; ++col) {
            RawObservation obs;
            obs.value = g.raw[r][col];
            std::vector<DisclosureControl::Hidden> hidden;
            g.cells[r][col] = control.publish(obs, counted, hidden);
            if (!log) continue;
            for (const auto& h : hidden) {
                Period p = r < g.periods.size() ? g.periods[r] : g.periods.back();
                std::string group = (r < g.periods.size() ? "" : "cumulative ") + column_label(col);
                log->suppressions.push_back({"survey " + theme, p, "rating", group, h.measure, h.reason, false});
            }
        }
    }
}

Slot slot(Grid& g, std::size_t r, std::size_t col, const std::string& theme) {
    Slot s;
    s.cell = &g.cells[r][col];
    s.raw = g.raw[r][col];
    bool cumulative = r == g.periods.size();
    s.period = cumulative ? g.periods.back() : g.periods[r];
    s.indicator = "survey " + theme;
    s.breakdown = "rating";
    s.group = (cumulative ? "cumulative " : "") + column_label(col);
    s.label = s.indicator + " " + (cumulative ? std::string("all periods") : s.period.code()) + " " + column_label(col);
    return s;
}

// Rows add up to their totals; periods add up to the cumulative row.
std::vector<Constraint> sums(Grid& g, const std::string& theme) {
    std::vector<Constraint> out;
    for (std::size_t r = 0; r < g.raw.size(); ++r) {
        Constraint c{slot(g, r, survey_rating_count, theme), {}, "the row's total"};
        for (std::size_t col = 0; col < survey_rating_count; ++col) c.parts.push_back(slot(g, r, col, theme));
        out.push_back(std::move(c));
    }
    const std::size_t last = g.periods.size();
    for (std::size_t col = 0; col < columns; ++col) {
        Constraint c{slot(g, last, col, theme), {}, "the cumulative total"};
        for (std::size_t r = 0; r < last; ++r) c.parts.push_back(slot(g, r, col, theme));
        out.push_back(std::move(c));
    }
    return out;
}

void protect_sums(Grid& g, const std::string& theme, DisclosureLog* log) {
    auto constraints = sums(g, theme);
    for (const auto& hide : protect(constraints)) {
        if (!log) continue;
        const Slot& s = *hide.slot;
        log->suppressions.push_back({s.indicator, s.period, s.breakdown, s.group, "value", hide.reason, true});
    }
}

SurveyRow row_of(const Grid& g, std::size_t r) {
    SurveyRow row;
    row.period = r < g.periods.size() ? g.periods[r] : g.periods.back();
    for (std::size_t col = 0; col < survey_rating_count; ++col) row.ratings.push_back(g.cells[r][col].value);
    row.total = g.cells[r][survey_rating_count].value;
    return row;
}

}  // namespace

PublishedSurvey disclose_survey(const RawSurvey& raw, const DisclosureRules& rules, DisclosureLog* log) {
    PublishedSurvey out;
    DisclosureControl control(rules);
    for (const auto& theme : finding_themes()) {
        Grid g = raw_grid(raw, theme.id);
        if (g.periods.empty()) continue;
        publish_primary(g, theme.id, control, log);
        // Rounded counts need no secondary suppression (docs/disclosure.md).
        if (rules.method == DisclosureRules::Method::suppress) protect_sums(g, theme.id, log);
        SurveyTable table;
        table.theme = theme.id;
        for (std::size_t r = 0; r < g.periods.size(); ++r) table.rows.push_back(row_of(g, r));
        table.cumulative = row_of(g, g.periods.size());
        out.tables.push_back(std::move(table));
    }
    return out;
}

}  // namespace candour
