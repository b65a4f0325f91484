#include "render/kpi_embeds.hpp"

#include <fmt/format.h>

#include <sstream>

#include "diagnostics/suggest.hpp"
#include "kpi/format.hpp"
#include "load/yaml_fields.hpp"
#include "model/kpi_view.hpp"

namespace candour {

namespace {

const std::vector<std::string> block_keys = {"indicator", "breakdown", "periods", "show"};

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string list(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, ", "));
}

}  // namespace

const PublishedIndicator* KpiEmbeds::find_indicator(const std::string& id, const SourcePos& pos,
                                                    Diagnostics& diags) const {
    if (const PublishedIndicator* ind = kpi_.indicator(id)) return ind;
    if (kpi_.catalogue.may_define(id)) return nullptr;  // its catalogue entry has errors, reported there
    diags.error(pos, fmt::format("unknown indicator '{}'", id),
                did_you_mean(id, kpi_.catalogue.indicator_ids(), "use an id from data/kpi/catalogue.yaml"));
    return nullptr;
}

// "latest", "2024-25 Q2", "2023-24 Q3 to 2024-25 Q2" or "last 4".
std::optional<std::vector<Period>> KpiEmbeds::parse_periods(const std::string& text, const PublishedIndicator& ind,
                                                            const SourcePos& pos, Diagnostics& diags) const {
    const auto& have = ind.periods;
    auto fail = [&](const std::string& what) -> std::optional<std::vector<Period>> {
        if (!kpi_.complete) return std::nullopt;  // figures are missing because of errors in the tables
        std::vector<std::string> codes;
        for (const auto& p : have) codes.push_back(p.code());
        diags.error(pos, what,
                    "use 'latest', 'last 4', one period or 'FROM to TO'; periods with figures: " + list(codes));
        return std::nullopt;
    };
    if (have.empty()) return fail(fmt::format("indicator '{}' has no figures yet", ind.def.id));
    if (text.empty() || text == "latest") return std::vector<Period>{have.back()};
    auto w = words(text);
    if (w.size() == 2 && w[0] == "last") {
        int n = std::atoi(w[1].c_str());
        if (n < 1) return fail(fmt::format("'{}' is not a number of periods", w[1]));
        auto count = std::min<std::size_t>(static_cast<std::size_t>(n), have.size());
        return std::vector<Period>(have.end() - static_cast<std::ptrdiff_t>(count), have.end());
    }
    auto known = [&](const std::string& code) -> std::optional<Period> {
        auto p = Period::parse(code);
        if (p && std::find(have.begin(), have.end(), *p) != have.end()) return p;
        return std::nullopt;
    };
    auto to = text.find(" to ");
    if (to == std::string::npos) {
        if (auto p = known(text)) return std::vector<Period>{*p};
        return fail(fmt::format("no figures for period '{}'", text));
    }
    auto from = known(text.substr(0, to));
    auto until = known(text.substr(to + 4));
    if (!from || !until || *until < *from)
        return fail(fmt::format("'{}' is not a range of periods with figures", text));
    std::vector<Period> out;
    for (const auto& p : have) {
        if (!(p < *from) && !(*until < p)) out.push_back(p);
    }
    return out;
}

std::optional<std::string> KpiEmbeds::block(const std::string& info, const std::string& body, const std::string& file,
                                            int first_line, Diagnostics& diags) {
    if (words(info).empty() || words(info)[0] != "kpi") return std::nullopt;
    used_ = true;
    YamlSource src{file, body, 0, first_line - 1};
    auto root = parse_embed_block(src, "kpi", "'indicator:' and optionally 'breakdown:', 'periods:', 'show:'", diags);
    if (!root) return "";
    YamlFields fields(src, diags);
    fields.check_keys(*root, block_keys, "kpi block");
    auto id = fields.string(*root, "indicator", true);
    if (!id) return "";
    const PublishedIndicator* ind = find_indicator(*id, fields.pos((*root)["indicator"]), diags);
    if (!ind) return "";
    std::string show = fields.string(*root, "show").value_or("table");
    if (show != "table" && show != "headline") {
        diags.error(fields.pos((*root)["show"]), fmt::format("unknown 'show: {}'", show), "use 'table' or 'headline'");
        return "";
    }
    SourcePos periods_pos = (*root)["periods"] ? fields.pos((*root)["periods"]) : src.start();
    auto periods = parse_periods(fields.string(*root, "periods").value_or("latest"), *ind, periods_pos, diags);
    if (!periods) return "";
    if (show == "headline") {
        nlohmann::json h = headline(*ind, renderer_.messages(), periods->back());
        h["url"] = link_to_(ind->def.id);
        return renderer_.render_partial("kpi-headline", h);
    }
    std::string breakdown = fields.string(*root, "breakdown").value_or("");
    if (breakdown.empty())
        return renderer_.render_partial("kpi-table", history_table(*ind, renderer_.messages(), *periods));
    if (std::find(ind->def.breakdowns.begin(), ind->def.breakdowns.end(), breakdown) == ind->def.breakdowns.end()) {
        diags.error(fields.pos((*root)["breakdown"]),
                    fmt::format("indicator '{}' has no breakdown '{}'", *id, breakdown),
                    did_you_mean(breakdown, ind->def.breakdowns, "its breakdowns are: " + list(ind->def.breakdowns)));
        return "";
    }
    return renderer_.render_partial("kpi-table",
                                    breakdown_table(*ind, breakdown, *periods, kpi_.catalogue, renderer_.messages()));
}

std::optional<std::string> KpiEmbeds::inline_code(const std::string& code, const SourcePos& pos, Diagnostics& diags) {
    auto w = words(code);
    if (w.empty() || w[0] != "kpi") return std::nullopt;
    used_ = true;
    if (w.size() < 2) {
        diags.error(pos, "this kpi figure names no indicator",
                    "write `kpi INDICATOR PERIOD`, e.g. `kpi charge-rate latest`");
        return "";
    }
    const PublishedIndicator* ind = find_indicator(w[1], pos, diags);
    if (!ind) return "";
    std::string breakdown, group, period_text;
    for (std::size_t i = 2; i < w.size(); ++i) {
        auto eq = w[i].find('=');
        if (eq == std::string::npos) {
            period_text += (period_text.empty() ? "" : " ") + w[i];
            continue;
        }
        breakdown = w[i].substr(0, eq);
        group = w[i].substr(eq + 1);
        std::replace(group.begin(), group.end(), '_', ' ');
    }
    auto periods = parse_periods(period_text, *ind, pos, diags);
    if (!periods || periods->size() != 1) {
        if (periods) diags.error(pos, "an inline kpi figure shows one period", "name one period, or 'latest'");
        return "";
    }
    const PublishedCell* cell = ind->cell(breakdown, group, periods->front());
    if (!cell) {
        if (!kpi_.complete) return "";  // the tables had errors, reported there
        diags.error(pos,
                    fmt::format("no figure for {} {}{}", ind->def.id, periods->front().code(),
                                breakdown.empty() ? "" : " " + breakdown + "=" + group),
                    "check the breakdown and group (write spaces in a group as '_')");
        return "";
    }
    nlohmann::json view{{"text", display_value(cell->value, ind->def)},
                        {"kpi", figure_key(ind->def.id, periods->front(), breakdown, group, "value")}};
    std::string html = renderer_.render_partial("kpi-figure", view);
    while (!html.empty() && (html.back() == '\n' || html.back() == ' ')) html.pop_back();
    return html;
}

}  // namespace candour
