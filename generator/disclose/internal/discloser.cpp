#include "disclose/internal/discloser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "audit/disclosure_metadata.hpp"
#include "disclose/internal/decided_figures.hpp"
#include "disclose/internal/disclosure_control.hpp"
#include "disclose/internal/linked_suppression.hpp"
#include "disclose/internal/summarise.hpp"
#include "disclose/internal/survey_disclose.hpp"
#include "kpi/download_row.hpp"

namespace candour {

namespace {

using SeriesKey = std::pair<std::string, std::string>;  // breakdown, group

// While disclosing: each series with the rows behind its cells.
struct Working {
    std::map<SeriesKey, PublishedSeries> series;
    std::map<SeriesKey, std::map<Period, std::size_t>> rows;  // index into RawKpi::observations
};

bool has_digit(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Discloser {
public:
    Discloser(const RawKpi& raw, const RawSurvey& survey, const DisclosureRules& rules, DisclosureLog* log,
              Diagnostics* diags, HiddenFigures* hidden, const EditionInput& editions)
        : raw_(raw),
          rules_(rules),
          control_(rules),
          log_(log),
          diags_(diags),
          hidden_(hidden),
          survey_(survey, control_, log),
          input_(editions) {}

    PublishedKpi run() {
        publish_cells();
        DecidedFigures figures = decided_figures();
        std::optional<Editions> editions;
        if (input_.released) {
            editions.emplace(figures, *input_.released);
            beside_releases(figures, *editions);
        }
        check_typed_revisions(figures);
        LinkedProblem problem;
        DisclosureMetadata meta = metadata();
        bool ok = protect_linked(
            figures, meta, [&](const SecondaryDecision& d) { record_secondary(figures.names(), d); }, problem);
        if (!ok && diags_) {
            diags_->error({raw_.catalogue.file, 1, 1}, problem.message, problem.hint);
        }
        check_notes();
        if (hidden_) collect_hidden(figures);
        PublishedKpi out = assemble();
        for (const auto& d : figures.all()) {
            if (d.value->has_number() || d.value->symbol() != Symbol::confidential) continue;
            out.hidden_sources[figures.names().key(d.cell).id()] = source_of(d);
            if (input_.fingerprint_hidden && !d.derived && d.observation >= 0) {
                FigureKey key = figures.names().key(d.cell);
                out.hidden_fingerprints[key.cell_key()] = hidden_fingerprint(key, d.raw);
            }
        }
        if (editions) {
            out.revisions = revisions(figures, *editions);
            out.editions = input_.released->editions;
        }
        return out;
    }

private:
    void publish_cells() {
        for (std::size_t i = 0; i < raw_.observations.size(); ++i) {
            const RawObservation& obs = raw_.observations[i];
            const Indicator* ind = raw_.catalogue.indicator(obs.indicator);
            if (!ind) continue;
            Working& w = working_[obs.indicator];
            SeriesKey key{obs.breakdown, obs.group};
            auto& series = w.series[key];
            series.breakdown = obs.breakdown;
            series.group = obs.group;
            std::vector<DisclosureControl::Hidden> hidden;
            series.cells[obs.period] = control_.publish(obs, *ind, hidden);
            w.rows[key][obs.period] = i;
            for (const auto& h : hidden) {
                record({obs.indicator, obs.period, obs.breakdown, obs.group, h.measure, h.reason, false});
            }
        }
    }

    // Every count a reader could add up, and every percentage beside one.
    DecidedFigures decided_figures() {
        DecidedFigures figures;
        for (auto& [id, w] : working_) {
            const Indicator& ind = *raw_.catalogue.indicator(id);
            if (ind.unit != Unit::count && ind.unit != Unit::percentage) continue;
            for (auto& [key, series] : w.series) {
                for (auto& [period, cell] : series.cells) {
                    auto obs = static_cast<long>(w.rows[key][period]);
                    add_cell(figures, ind, key, period, cell, obs);
                }
            }
        }
        survey_.register_figures(figures);
        return figures;
    }

    void add_cell(DecidedFigures& figures, const Indicator& ind, const SeriesKey& key, const Period& period,
                  PublishedCell& cell, long obs) {
        const RawObservation& o = raw_.observations[static_cast<std::size_t>(obs)];
        CellId id = figures.names().cell(ind.id, period.code(), key.first, key.second, Measure::value);
        auto figure = [&](Measure measure, PublishedValue& value, double raw) {
            DecidedFigure d;
            d.cell = id;
            d.cell.measure = measure;
            d.value = &value;
            d.raw = raw;
            d.observation = obs;
            d.row = &cell;
            return d;
        };
        if (ind.unit == Unit::count) {
            figures.add(figure(Measure::value, cell.value, o.value.value_or(0)));
            return;
        }
        DecidedFigure pct = figure(Measure::value, cell.value, 0);
        pct.derived = true;
        pct.decimals = static_cast<std::uint8_t>(std::clamp(ind.decimals, 0, 15));
        auto pct_index = static_cast<long>(figures.add(std::move(pct)));
        for (auto [measure, value, raw] :
             {std::tuple{Measure::numerator, &cell.numerator, o.numerator.value_or(0)},
              std::tuple{Measure::denominator, &cell.denominator, o.denominator.value_or(0)}}) {
            DecidedFigure d = figure(measure, *value, raw);
            d.companion = pct_index;
            figures.add(std::move(d));
        }
    }

    DisclosureMetadata metadata() const {
        DisclosureMetadata meta =
            make_disclosure_metadata(raw_.catalogue, rules_.method == DisclosureRules::Method::round,
                                     rules_.rounding_base, rules_.protection_width, survey_.themes());
        meta.survey_breakdowns = survey_.breakdowns();
        return meta;
    }

    SourcePos source_of(const DecidedFigure& d) const {
        if (d.observation < 0) return d.pos;
        Column column = d.cell.measure == Measure::numerator     ? Column::numerator
                        : d.cell.measure == Measure::denominator ? Column::denominator
                                                                 : Column::value;
        return raw_.pos(raw_.observations[static_cast<std::size_t>(d.observation)], column);
    }

    // Every figure hidden, with its true value, for the typed-figure check.
    void collect_hidden(const DecidedFigures& figures) {
        using Kind = HiddenFigure::Kind;
        hidden_->min_count = rules_.min_count;
        for (const auto& [id, w] : working_) {
            const Indicator& ind = *raw_.catalogue.indicator(id);
            for (const auto& [key, series] : w.series) {
                for (const auto& [period, cell] : series.cells) {
                    const RawObservation& obs = raw_.observations[w.rows.at(key).at(period)];
                    const Period& when = period;  // clang before 16 cannot capture a structured binding
                    const SeriesKey& series_key = key;
                    auto add = [&](const PublishedValue& v, const char* measure, Kind kind, std::optional<double> raw) {
                        if (v.symbol() != Symbol::confidential || !raw) return;
                        hidden_->add_kpi(raw_.catalogue, ind, when, series_key.first, series_key.second, measure, kind,
                                         *raw);
                    };
                    switch (ind.unit) {
                        case Unit::count:
                            add(cell.value, "value", Kind::count, obs.value);
                            break;
                        case Unit::percentage: {
                            std::optional<double> pct;
                            if (obs.numerator && obs.denominator && *obs.denominator > 0) {
                                pct = 100.0 * *obs.numerator / *obs.denominator;
                            }
                            add(cell.value, "value", Kind::percentage, pct);
                            add(cell.numerator, "numerator", Kind::count, obs.numerator);
                            add(cell.denominator, "denominator", Kind::count, obs.denominator);
                            break;
                        }
                        case Unit::median_days:
                            add(cell.value, "value", Kind::days, obs.value);
                            break;
                        default:
                            add(cell.value, "value", Kind::other, obs.value);
                    }
                }
            }
        }
        for (const auto& d : figures.all()) {
            if (d.observation >= 0 || d.value->has_number() || d.value->symbol() != Symbol::confidential) continue;
            FigureKey key = figures.names().key(d.cell);
            if (key.table.rfind("survey/", 0) != 0) continue;
            Suppression where = survey_.describe(key);  // the last period, for the cumulative row
            hidden_->add_survey(survey_.theme_of(key), where.period, key.period == survey_all_periods, key.group, d.raw,
                                survey_.group_of(key));
        }
        hidden_->finish();
    }

    // A note published beside a hidden figure must not give it away.
    void check_notes() {
        if (!diags_) return;
        for (const auto& [id, w] : working_) {
            for (const auto& [key, series] : w.series) {
                for (const auto& [period, cell] : series.cells) {
                    bool hidden = !cell.value.has_number() && cell.value.symbol() == Symbol::confidential;
                    hidden = hidden || cell.numerator.symbol() == Symbol::confidential ||
                             cell.denominator.symbol() == Symbol::confidential;
                    if (!hidden || !has_digit(cell.note)) continue;
                    const RawObservation& obs = raw_.observations[w.rows.at(key).at(period)];
                    diags_->error(
                        raw_.pos(obs, Column::note),
                        fmt::format("the note on {} {}{} contains a number, and that figure is hidden", id,
                                    period.code(), key.first.empty() ? "" : " " + key.first + "=" + key.second),
                        "say what changed without the number (for example 'revised after late records were "
                        "added'): a number beside a hidden figure can give it away");
                }
            }
        }
    }

    PublishedKpi assemble() {
        PublishedKpi out;
        out.present = raw_.present;
        out.catalogue = raw_.catalogue;
        std::set<Period> all_periods;
        for (const auto& def : raw_.catalogue.indicators) {
            PublishedIndicator ind;
            ind.def = def;
            ind.series = ordered_series(def, working_[def.id].series);
            std::set<Period> periods;
            for (const auto& s : ind.series) {
                for (const auto& [p, _] : s.cells) periods.insert(p);
            }
            ind.periods.assign(periods.begin(), periods.end());
            all_periods.insert(periods.begin(), periods.end());
            if (const PublishedSeries* total = ind.total()) ind.summary = summarise(*total, def);
            out.indicators.push_back(std::move(ind));
        }
        out.periods.assign(all_periods.begin(), all_periods.end());
        out.survey = std::make_shared<const PublishedSurvey>(survey_.published());
        if (log_) {
            log_->method = describe_rules(rules_);
            for (const auto& ind : raw_.catalogue.indicators) {
                if (!ind.disclosure) continue;
                log_->own_rules.push_back({ind.id,
                                           describe_own_rule(own_rules(rules_, *ind.disclosure), *ind.disclosure),
                                           ind.disclosure->reason});
            }
            std::sort(log_->suppressions.begin(), log_->suppressions.end(),
                      [](const Suppression& a, const Suppression& b) {
                          return std::tie(a.indicator, a.period, a.breakdown, a.group, a.measure, a.secondary) <
                                 std::tie(b.indicator, b.period, b.breakdown, b.group, b.measure, b.secondary);
                      });
        }
        return out;
    }

    // The overall figure first, then each breakdown in catalogue order with
    // its groups in catalogue order.
    std::vector<PublishedSeries> ordered_series(const Indicator& ind, std::map<SeriesKey, PublishedSeries>& by_key) {
        std::vector<PublishedSeries> out;
        auto take = [&](const std::string& b, const std::string& g) {
            auto it = by_key.find({b, g});
            if (it != by_key.end()) out.push_back(it->second);
        };
        take("", "");
        for (const auto& b : ind.breakdowns) {
            if (const Breakdown* def = raw_.catalogue.breakdown(b)) {
                for (const auto& g : def->groups) take(b, g);
            }
        }
        return out;
    }

    // Each figure beside the last release that showed it: revised or not
    // (its row's status), and hidden if any release hid it.
    void beside_releases(DecidedFigures& figures, Editions& editions) {
        editions.mark_revised();
        auto& all = figures.all();
        for (std::size_t i = 0; i < all.size(); ++i) {
            DecidedFigure& d = all[i];
            if (d.row) d.row->revised = false;  // worked out below, never typed
        }
        for (std::size_t i = 0; i < all.size(); ++i) {
            DecidedFigure& d = all[i];
            if (d.row && d.revised) d.row->revised = true;
            std::string release = editions.hidden_by(i);
            if (release.empty() || !d.value->has_number()) continue;
            *d.value = DisclosureControl::confidential();
            if (d.companion >= 0) *all[static_cast<std::size_t>(d.companion)].value = DisclosureControl::confidential();
            FigureKey key = figures.names().key(d.cell);
            if (d.observation < 0) continue;  // the interview ratings' cumulative rows are never joined
            record({key.table, *Period::parse(key.period), key.breakdown, key.group, key.measure,
                    fmt::format("the {} release hid it: a figure once hidden stays hidden, so setting the releases "
                                "side by side reveals nothing",
                                release),
                    false});
        }
        for (std::size_t i = 0; i < all.size(); ++i) {
            DecidedFigure& d = all[i];
            if (!d.row || !d.row->revised || d.cell.measure != Measure::value) continue;
            EarlierFigure last = editions.last_shown(i);
            d.row->previous = last.figure->number ? DisclosureControl::derived(*last.figure->number)
                                                  : DisclosureControl::confidential();
            d.row->previous_release = last.release;
        }
    }

    // An 'r' typed in the status column must agree with the releases.
    void check_typed_revisions(const DecidedFigures& figures) {
        if (!diags_) return;
        std::set<const PublishedCell*> seen;
        for (const auto& d : figures.all()) {
            if (d.observation < 0 || !seen.insert(d.row).second) continue;
            const RawObservation& obs = raw_.observations[static_cast<std::size_t>(d.observation)];
            if (obs.status != Status::revised) continue;
            if (!input_.released) d.row->revised = true;  // nothing to compare with: as typed (no release yet)
            if (d.row->revised) continue;
            diags_->error(raw_.pos(obs, Column::status),
                          fmt::format("{} {}{} is marked revised (r), but it is the figure the releases online show",
                                      obs.indicator, obs.period.code(),
                                      obs.breakdown.empty() ? "" : " " + obs.breakdown + "=" + obs.group),
                          "remove the r (or write p if it is provisional): candour marks a figure revised itself "
                          "when it differs from the last release that showed it (releases/)");
        }
    }

    // Every revision, oldest release first: between releases (as their
    // bytes say), then the current figures beside the last release.
    std::vector<Revision> revisions(const DecidedFigures& figures, const Editions& editions) const {
        std::vector<Revision> out;
        auto make = [&](const CellId& cell, const EarlierFigure& earlier, PublishedValue revised,
                        const std::string& revised_release) {
            FigureKey key = figures.names().key(cell);
            auto period = Period::parse(key.period);
            if (!period || key.table.rfind("survey/", 0) == 0) return;
            Revision r;
            r.indicator = key.table;
            r.period = *period;
            r.breakdown = key.breakdown;
            r.group = key.group;
            r.previous = earlier.figure->number ? DisclosureControl::derived(*earlier.figure->number)
                                                : DisclosureControl::confidential();
            r.revised = revised;
            r.previous_release = earlier.release;
            r.revised_release = revised_release;
            const RevisionNote* note = note_for(r);
            if (note) {
                r.reason = note->reason;
                check_reason(r, *note);
            }
            out.push_back(std::move(r));
        };
        for (const auto& [earlier, later] : editions.between_releases()) {
            make(later.figure->cell, earlier,
                 later.figure->number ? DisclosureControl::derived(*later.figure->number)
                                      : DisclosureControl::confidential(),
                 later.release);
        }
        for (std::size_t i = 0; i < figures.all().size(); ++i) {
            const DecidedFigure& d = figures.all()[i];
            if (d.row && d.row->revised && d.cell.measure == Measure::value)
                make(d.cell, editions.last_shown(i), *d.value, "");
        }
        std::stable_sort(out.begin(), out.end(), [&](const Revision& a, const Revision& b) {
            return std::tie(a.indicator, a.period, a.breakdown, a.group) <
                   std::tie(b.indicator, b.period, b.breakdown, b.group);
        });
        return out;
    }

    const RevisionNote* note_for(const Revision& r) const {
        for (const auto& n : input_.notes) {
            if (n.indicator == r.indicator && n.period == r.period &&
                (n.breakdown.empty() || (n.breakdown == r.breakdown && (n.group.empty() || n.group == r.group))))
                return &n;
        }
        return nullptr;
    }

    // A reason is published beside the figures it explains: a number in it
    // could give a hidden one away.
    void check_reason(const Revision& r, const RevisionNote& note) const {
        bool hidden = !r.previous.has_number() || !r.revised.has_number();
        if (!diags_ || !hidden || !has_digit(note.reason)) return;
        diags_->error(
            note.reason_pos,
            fmt::format("the reason for revising {} {}{} contains a number, and that figure is hidden", r.indicator,
                        r.period.code(), r.breakdown.empty() ? "" : " " + r.breakdown + "=" + r.group),
            "say what changed without the number (for example 'charges recorded late were added'): a "
            "number beside a hidden figure can give it away");
    }

    void record_secondary(const FigureNames& names, const SecondaryDecision& d) {
        FigureKey key = names.key(d.figure->cell);
        Suppression s =
            key.table.rfind("survey/", 0) == 0
                ? survey_.describe(key)
                : Suppression{key.table, *Period::parse(key.period), key.breakdown, key.group, key.measure, "", true};
        s.reason = d.reason;
        s.secondary = true;
        record(std::move(s));
    }

    void record(Suppression s) {
        if (log_) log_->suppressions.push_back(std::move(s));
    }

    const RawKpi& raw_;
    const DisclosureRules& rules_;
    DisclosureControl control_;
    DisclosureLog* log_;
    Diagnostics* diags_;
    HiddenFigures* hidden_;
    std::map<std::string, Working> working_;
    SurveyTables survey_;
    const EditionInput& input_;
};

}  // namespace

PublishedKpi disclose(const RawKpi& raw, const RawSurvey& survey, const DisclosureRules& rules, DisclosureLog* log,
                      Diagnostics* diags, HiddenFigures* hidden, const EditionInput& editions) {
    return Discloser(raw, survey, rules, log, diags, hidden, editions).run();
}

}  // namespace candour
