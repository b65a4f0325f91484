#include "charts/status_chart.hpp"

#include "charts/chart_data.hpp"
#include "charts/chart_style.hpp"
#include "charts/chart_text.hpp"

namespace candour {

using nlohmann::json;
namespace style = chart_style;
namespace text = chart_text;

namespace {

int total_of(const std::vector<StatusCount>& counts) {
    int total = 0;
    for (const auto& c : counts) total += c.count;
    return total;
}

// "7 of 13 recommendations are complete": the most common status, the
// first one given when two are level.
std::string message(const StatusChartInput& in, const Messages& m) {
    const StatusCount* top = nullptr;
    for (const auto& c : in.counts) {
        if (!top || c.count > top->count) top = &c;
    }
    int total = total_of(in.counts);
    if (!top || total == 0) return m.text("chart.status.title.none", {{"items", in.items}});
    return m.plural("chart.status.title", total, 0,
                    {{"count", std::to_string(top->count)},
                     {"total", std::to_string(total)},
                     {"items", in.items},
                     {"status", text::lower_first(top->status)}});
}

std::string summary(const StatusChartInput& in, const Messages& m) {
    std::vector<std::string> parts;
    for (const auto& c : in.counts)
        parts.push_back(m.text("chart.status.figure", {{"status", c.status}, {"count", std::to_string(c.count)}}));
    MessageArgs args{{"total", std::to_string(total_of(in.counts))},
                     {"items", in.items},
                     {"figures", text::list_in_words(parts, m)}};
    if (in.as_of.empty()) return m.text("chart.status.summary", args);
    args.emplace_back("as_of", in.as_of);
    return m.text("chart.status.summary.as_of", args);
}

}  // namespace

std::string status_chart_subtitle(const StatusChartInput& in, const Messages& m) {
    if (in.as_of.empty()) return m.text("chart.status.subtitle", {{"items", in.items}});
    return m.text("chart.status.subtitle.as_of", {{"items", in.items}, {"as_of", in.as_of}});
}

Chart status_chart(const StatusChartInput& in, const Messages& m) {
    json values = json::array();
    json order = json::array();
    CsvWriter csv({"status", "count"});
    for (const auto& c : in.counts) {
        values.push_back({{"status", c.status}, {"count", c.count}});
        order.push_back(c.status);
        csv.add({c.status, std::to_string(c.count)});
    }
    Chart chart;
    chart.slug = in.slug;
    chart.title = message(in, m);
    chart.subtitle = status_chart_subtitle(in, m);
    chart.summary = summary(in, m);
    json layers = json::array(
        {{{"mark", {{"type", "bar"}, {"color", style::dark_blue}}},
          {"encoding",
           {{"tooltip", json::array({{{"field", "status"}, {"title", m.text("chart.status.head.status")}},
                                     {{"field", "count"}, {"title", m.text("chart.status.head.number")}}})}}}},
         {{"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}}}, {"encoding", {{"text", {{"field", "count"}}}}}}});
    auto draw = [&](const style::Layout& l) {
        json spec = style::base_spec(l, chart.summary, values);
        style::bars_down(spec, "status", order, l, style::widest(values, "count", l.label_size) + 8);
        spec["encoding"]["x"] = {
            {"field", "count"}, {"type", "quantitative"}, {"scale", {{"zero", true}}}, {"axis", nullptr}};
        spec["layer"] = layers;
        return spec;
    };
    chart.spec = draw(style::wide);
    chart.narrow_spec = draw(style::narrow);
    chart.csv = csv.text();
    return chart;
}

}  // namespace candour
