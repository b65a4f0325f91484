#include "audit/disclosure_metadata.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diagnostics/text_position.hpp"

namespace candour {

using nlohmann::json;

namespace {

constexpr const char* format_name = "candour-disclosure/1";

const char* frequency_name(PeriodKind k) {
    switch (k) {
        case PeriodKind::month:
            return "month";
        case PeriodKind::financial_year:
            return "financial_year";
        case PeriodKind::quarter:
            break;
    }
    return "quarter";
}

PeriodKind frequency_of(const std::string& s) {
    if (s == "month") return PeriodKind::month;
    if (s == "financial_year") return PeriodKind::financial_year;
    return PeriodKind::quarter;
}

json indicator_json(const Indicator& ind) {
    json j = {{"id", ind.id},
              {"unit", unit_name(ind.unit)},
              {"frequency", frequency_name(ind.frequency)},
              {"decimals", ind.decimals},
              {"breakdowns", ind.breakdowns}};
    if (!ind.parts.empty()) j["parts"] = ind.parts;
    if (!ind.numerator_of.empty()) j["numerator"] = ind.numerator_of;
    if (!ind.denominator_of.empty()) j["denominator"] = ind.denominator_of;
    if (!ind.year_to_date_of.empty()) j["year_to_date"] = ind.year_to_date_of;
    // An indicator's own rule: a reader may know its figures are not rounded
    // (or are), whatever the site's method.
    if (ind.disclosure && ind.disclosure->method) {
        j["disclosure"] = {{"method", disclosure_method_name(*ind.disclosure->method)}};
    }
    return j;
}

json breakdown_json(const Breakdown& b) {
    json j = {{"id", b.id}, {"groups", b.groups}, {"total", b.total_is_sum ? "sum" : "none"}};
    if (!b.cross.empty()) j["cross"] = b.cross;
    return j;
}

Indicator indicator_from(const json& j) {
    Indicator ind;
    ind.id = j.at("id").get<std::string>();
    ind.unit = parse_unit(j.at("unit").get<std::string>()).value_or(Unit::count);
    ind.frequency = frequency_of(j.value("frequency", "quarter"));
    ind.decimals = j.value("decimals", 0);
    ind.breakdowns = j.value("breakdowns", std::vector<std::string>{});
    ind.parts = j.value("parts", std::vector<std::string>{});
    ind.numerator_of = j.value("numerator", "");
    ind.denominator_of = j.value("denominator", "");
    ind.year_to_date_of = j.value("year_to_date", "");
    if (j.contains("disclosure")) {
        IndicatorDisclosure own;
        own.method = parse_disclosure_method(j["disclosure"].value("method", "suppress"));
        ind.disclosure = own;
    }
    return ind;
}

Breakdown breakdown_from(const json& j) {
    Breakdown b;
    b.id = j.at("id").get<std::string>();
    b.groups = j.at("groups").get<std::vector<std::string>>();
    b.total_is_sum = j.value("total", "sum") == "sum";
    b.cross = j.value("cross", std::vector<std::string>{});
    b.partition = b.total_is_sum;
    return b;
}

}  // namespace

DisclosureMetadata make_disclosure_metadata(const Catalogue& catalogue, bool rounded, int rounding_base,
                                            int protection_width, std::vector<std::string> survey_themes) {
    DisclosureMetadata meta;
    meta.catalogue = catalogue;
    meta.rounded = rounded;
    meta.rounding_base = rounding_base;
    meta.protection_width = protection_width;
    meta.survey_themes = std::move(survey_themes);
    return meta;
}

bool rounded_figures(const DisclosureMetadata& meta, std::string_view table) {
    const Indicator* ind = meta.catalogue.indicator(std::string(table));
    if (!ind || !ind->disclosure || !ind->disclosure->method) return meta.rounded;
    return *ind->disclosure->method == IndicatorDisclosure::Method::round;
}

std::string disclosure_metadata_json(const DisclosureMetadata& meta) {
    json indicators = json::array();
    for (const auto& ind : meta.catalogue.indicators) indicators.push_back(indicator_json(ind));
    json breakdowns = json::array();
    for (const auto& [_, b] : meta.catalogue.breakdowns) breakdowns.push_back(breakdown_json(b));
    json out = {{"format", format_name},
                {"about",
                 "How this site protects small figures, and which published figures add up to or equal "
                 "which. Hidden figures are shown as [c]. See the methodology page."},
                {"method", meta.rounded ? "round" : "suppress"},
                {"protection_width", meta.protection_width},
                {"indicators", indicators},
                {"breakdowns", breakdowns}};
    if (meta.rounded) out["rounding_base"] = meta.rounding_base;
    if (!meta.survey_themes.empty()) out["survey_themes"] = meta.survey_themes;
    if (!meta.survey_breakdowns.empty()) {
        json breakdowns = json::array();
        for (const auto& b : meta.survey_breakdowns) breakdowns.push_back({{"id", b.id}, {"groups", b.groups}});
        out["survey_breakdowns"] = breakdowns;
    }
    if (!meta.editions.empty()) {
        json editions = json::array();
        for (const auto& e : meta.editions) editions.push_back({{"release", e.release}, {"files", e.files}});
        out["releases"] = editions;
    }
    return out.dump(2) + "\n";
}

std::optional<DisclosureMetadata> read_disclosure_metadata(const std::string& path, std::string_view text,
                                                           Diagnostics& diags) {
    try {
        json j = json::parse(text);
        if (j.value("format", "") != format_name) {
            diags.error({path, 1, 1},
                        fmt::format("this is not a file candour can read ('format' is not '{}')", format_name),
                        "pass the site's source folder with --source instead");
            return std::nullopt;
        }
        DisclosureMetadata meta;
        meta.rounded = j.value("method", "suppress") == "round";
        meta.rounding_base = j.value("rounding_base", 5);
        meta.protection_width = j.value("protection_width", 3);
        for (const auto& b : j.value("breakdowns", json::array())) {
            Breakdown bd = breakdown_from(b);
            meta.catalogue.breakdowns[bd.id] = bd;
        }
        for (const auto& i : j.value("indicators", json::array()))
            meta.catalogue.indicators.push_back(indicator_from(i));
        meta.catalogue.build_index();
        meta.survey_themes = j.value("survey_themes", std::vector<std::string>{});
        for (const auto& b : j.value("survey_breakdowns", json::array())) {
            SurveyBreakdown sb;
            sb.id = b.at("id").get<std::string>();
            sb.groups = b.at("groups").get<std::vector<std::string>>();
            meta.survey_breakdowns.push_back(std::move(sb));
        }
        for (const auto& e : j.value("releases", json::array())) {
            meta.editions.push_back(
                {e.at("release").get<std::string>(), e.at("files").get<std::vector<std::string>>()});
        }
        return meta;
    } catch (const json::parse_error& e) {
        auto lc = line_col_at(text, e.byte > 0 ? e.byte - 1 : 0);
        diags.error({path, lc.line, lc.col}, "not valid JSON", "this file is written by candour build; build again");
    } catch (const json::exception& e) {
        diags.error({path, 1, 1}, fmt::format("unexpected content: {}", e.what()),
                    "this file is written by candour build; build again");
    }
    return std::nullopt;
}

}  // namespace candour
