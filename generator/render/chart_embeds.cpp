#include "render/chart_embeds.hpp"

#include <fmt/format.h>

#include <sstream>

#include "charts/chart_style.hpp"
#include "diagnostics/suggest.hpp"
#include "kpi/figure_text.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

using nlohmann::json;

namespace {

const std::vector<std::string> chart_keys = {"indicator", "type", "breakdown", "periods", "target", "title", "summary"};
const std::vector<std::string> chart_types = {"trend", "bars", "grouped", "stacked", "survey"};

std::string first_word(const std::string& text) {
    std::istringstream in(text);
    std::string w;
    in >> w;
    return w;
}

}  // namespace

// A chart block's fields, each with where it was written.
struct ChartEmbeds::Request {
    const PublishedIndicator* ind = nullptr;
    std::string type;
    std::string breakdown;
    std::string periods;
    std::optional<double> target;
    ChartWording wording;  // the editor's own title and summary, if given
    SourcePos start, type_pos, breakdown_pos, periods_pos;
};

const Breakdown* ChartEmbeds::find_breakdown(const Request& r, Diagnostics& diags) const {
    const auto& have = r.ind->def.breakdowns;
    if (r.breakdown.empty()) {
        diags.error(r.type_pos, fmt::format("a {} chart needs a breakdown", r.type),
                    "add 'breakdown:' with one of: " + fmt::format("{}", fmt::join(have, ", ")) +
                        (have.empty() ? " (this indicator has none: use 'type: trend')" : ""));
        return nullptr;
    }
    if (std::find(have.begin(), have.end(), r.breakdown) == have.end()) {
        diags.error(r.breakdown_pos, fmt::format("indicator '{}' has no breakdown '{}'", r.ind->def.id, r.breakdown),
                    did_you_mean(r.breakdown, have, "its breakdowns are: " + fmt::format("{}", fmt::join(have, ", "))));
        return nullptr;
    }
    return kpi_.catalogue.breakdown(r.breakdown);
}

// bars and survey: one breakdown, one period.
std::optional<json> ChartEmbeds::one_period_chart(const Request& r, ChartPage& page, Diagnostics& diags) {
    const Breakdown* b = find_breakdown(r, diags);
    if (!b) return std::nullopt;
    if (r.type == "survey" && r.ind->def.unit != Unit::percentage) {
        diags.error(r.type_pos,
                    fmt::format("a survey chart shows percentages, and '{}' is a {}", r.ind->def.id,
                                unit_name(r.ind->def.unit)),
                    "use 'type: bars'");
        return std::nullopt;
    }
    auto periods = figures_.parse_periods(r.periods.empty() ? "latest" : r.periods, *r.ind, r.periods_pos, diags);
    if (!periods) return std::nullopt;
    if (periods->size() != 1) {
        diags.error(r.periods_pos, fmt::format("a {} chart shows one period", r.type),
                    "name one period or 'latest'; for several, use 'type: grouped'");
        return std::nullopt;
    }
    if (r.type == "survey")
        return survey_chart_view(*r.ind, *b, periods->front(), kpi_.catalogue, r.start, page, figures_.messages());
    return group_bar_chart_view(*r.ind, *b, periods->front(), kpi_.catalogue, r.start, page, figures_.messages());
}

std::optional<json> ChartEmbeds::chart(const Request& r, Diagnostics& diags) {
    ChartPage page = page_;
    page.wording = r.wording;
    if (r.target && r.type != "trend") {
        diags.error(r.start, "only a trend chart has a target", "remove 'target:' or use 'type: trend'");
        return std::nullopt;
    }
    if (r.type == "bars" || r.type == "survey") return one_period_chart(r, page, diags);
    if (r.type == "trend") {
        if (!r.breakdown.empty()) {
            diags.error(r.breakdown_pos, "a trend chart shows the overall figure, not a breakdown",
                        "remove 'breakdown:', or use 'type: grouped' to show a breakdown over time");
            return std::nullopt;
        }
        TrendOptions options{{}, r.target};
        if (!r.periods.empty()) {
            auto periods = figures_.parse_periods(r.periods, *r.ind, r.periods_pos, diags);
            if (!periods) return std::nullopt;
            options.periods = *periods;
        }
        return trend_chart_view(*r.ind, options, r.start, page, figures_.messages());
    }
    if (r.type == "stacked" && !can_stack(r.ind->def)) {
        diags.error(r.type_pos,
                    fmt::format("a stacked chart adds its groups up, so it needs a count, and '{}' is a {}",
                                r.ind->def.id, unit_name(r.ind->def.unit)),
                    "use 'type: grouped'");
        return std::nullopt;
    }
    const Breakdown* b = find_breakdown(r, diags);
    if (!b) return std::nullopt;
    if (r.type == "stacked" && !can_stack(*b)) {
        diags.error(r.type_pos,
                    fmt::format("a stacked chart shows at most {} groups, and '{}' has {}", chart_style::max_colours,
                                b->id, b->groups.size()),
                    "use 'type: grouped', which shows each group in its own panel");
        return std::nullopt;
    }
    auto periods = figures_.parse_periods(r.periods.empty() ? "last 4" : r.periods, *r.ind, r.periods_pos, diags);
    if (!periods) return std::nullopt;
    BarLayout layout = r.type == "stacked" ? BarLayout::stacked : BarLayout::grouped;
    return period_bar_chart_view(*r.ind, *b, *periods, layout, kpi_.catalogue, r.start, page, figures_.messages());
}

std::optional<std::string> ChartEmbeds::block(const std::string& info, const std::string& body, const std::string& file,
                                              int first_line, Diagnostics& diags) {
    if (first_word(info) != "chart") return figures_.block(info, body, file, first_line, diags);
    used_ = true;
    YamlSource src{file, body, 0, first_line - 1};
    auto root = parse_embed_block(src, "chart", "'indicator:' and optionally 'type:', 'breakdown:', 'periods:'", diags);
    if (!root) return "";
    YamlFields fields(src, diags);
    fields.check_keys(*root, chart_keys, "chart block");
    auto at = [&](const char* key) { return (*root)[key] ? fields.pos((*root)[key]) : src.start(); };
    Request r;
    r.start = src.start();
    auto id = fields.string(*root, "indicator", true);
    if (!id || !(r.ind = figures_.find_indicator(*id, at("indicator"), diags))) return "";
    r.breakdown = fields.string(*root, "breakdown").value_or("");
    r.periods = fields.string(*root, "periods").value_or("");
    r.type = fields.string(*root, "type").value_or(r.breakdown.empty() ? "trend" : "bars");
    r.type_pos = at("type");
    r.breakdown_pos = at("breakdown");
    r.periods_pos = at("periods");
    if (std::find(chart_types.begin(), chart_types.end(), r.type) == chart_types.end()) {
        diags.error(
            r.type_pos, fmt::format("unknown chart type '{}'", r.type),
            did_you_mean(r.type, chart_types, "use one of: " + fmt::format("{}", fmt::join(chart_types, ", "))));
        return "";
    }
    bool worded = true;
    for (auto [key, into] : {std::pair{"title", &r.wording.title}, std::pair{"summary", &r.wording.summary}}) {
        auto text = fields.string(*root, key);
        if (!text) continue;
        if (text->find_first_not_of(" \t\n") == std::string::npos) {
            diags.error(at(key), fmt::format("'{}:' is empty", key),
                        fmt::format("write the chart's {}, or remove '{}:' to use the one candour writes", key, key));
            worded = false;
        }
        *into = *text;
    }
    if (!worded) return "";
    if (auto target = fields.string(*root, "target")) {
        FigureText figure = read_figure(*target);
        if (!(r.target = figure.value)) {
            diags.error(at("target"), fmt::format("target '{}' {}", *target, figure.problem),
                        "write the target in the indicator's unit, digits only: 'target: 20' for 20%");
            return "";
        }
    }
    if (r.ind->periods.empty()) {
        // Nothing to draw; if the tables had errors, those explain it.
        if (kpi_.complete) {
            diags.error(at("indicator"),
                        fmt::format("indicator '{}' has no figures yet, so there is nothing to chart", *id),
                        "add its rows to a table in data/kpi/, or remove this chart block until there are figures");
        }
        return "";
    }
    // The chart builders refuse impossible input by throwing; every such case
    // should have been reported above, so this only stops a missed one from
    // ending the build (or the preview) without saying where.
    try {
        auto view = chart(r, diags);
        if (!view) return "";
        charts_.push_back(std::move(*view));
        return std::string(chart_slot);
    } catch (const std::exception& e) {
        diags.error(r.start, fmt::format("this chart cannot be drawn: {}", e.what()),
                    "check the chart block's settings against docs/kpi-data.md");
        return "";
    }
}

}  // namespace candour
