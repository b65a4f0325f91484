#include "charts/status_chart.hpp"

#include <fmt/format.h>

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
std::string message(const StatusChartInput& in) {
    const StatusCount* top = nullptr;
    for (const auto& c : in.counts) {
        if (!top || c.count > top->count) top = &c;
    }
    int total = total_of(in.counts);
    if (!top || total == 0) return fmt::format("There are no {} to show", in.items);
    return fmt::format("{} of {} {} {} {}", top->count, total, in.items, total == 1 ? "is" : "are",
                       text::lower_first(top->status));
}

std::string summary(const StatusChartInput& in) {
    std::vector<std::string> parts;
    for (const auto& c : in.counts) parts.push_back(fmt::format("{}: {}", c.status, c.count));
    return fmt::format("{} {} by status{}. {}.", total_of(in.counts), in.items, in.as_of.empty() ? "" : ", " + in.as_of,
                       text::list_in_words(parts));
}

}  // namespace

Chart status_chart(const StatusChartInput& in) {
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
    chart.title = message(in);
    chart.subtitle = fmt::format("Number of {} by status{}", in.items, in.as_of.empty() ? "" : ", " + in.as_of);
    chart.summary = summary(in);
    json layers = json::array(
        {{{"mark", {{"type", "bar"}, {"color", style::dark_blue}}},
          {"encoding",
           {{"tooltip",
             json::array({{{"field", "status"}, {"title", "Status"}}, {{"field", "count"}, {"title", "Number"}}})}}}},
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
