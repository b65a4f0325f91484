#include "support/linked_tables.hpp"

#include <stdexcept>

#include "audit/disclosure_metadata.hpp"
#include "disclose/disclose.hpp"
#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "io/file_system.hpp"
#include "kpi/download_row.hpp"
#include "kpi/format.hpp"
#include "kpi/published_survey.hpp"
#include "load/site_config.hpp"
#include "render/kpi_downloads.hpp"

namespace candour::testing {

namespace {

const PublishedValue* value_of(const PublishedKpi& kpi, const std::string& indicator, const std::string& period,
                               const std::string& breakdown, const std::string& group, const std::string& measure) {
    const PublishedIndicator* ind = kpi.indicator(indicator);
    if (!ind) return nullptr;
    auto p = Period::parse(period);
    if (!p) return nullptr;
    const PublishedCell* c = ind->cell(breakdown, group, *p);
    if (!c) return nullptr;
    return measure == "numerator" ? &c->numerator : measure == "denominator" ? &c->denominator : &c->value;
}

std::vector<std::string> themes_of(const PublishedKpi& kpi) {
    std::vector<std::string> out;
    if (kpi.survey) {
        for (const auto& t : kpi.survey->tables) out.push_back(t.theme);
    }
    return out;
}

}  // namespace

std::string Disclosed::shown(const std::string& indicator, const std::string& period, const std::string& breakdown,
                             const std::string& group, const std::string& measure) const {
    const PublishedValue* v = value_of(kpi, indicator, period, breakdown, group, measure);
    if (!v) throw std::runtime_error("no such cell: " + indicator + " " + period + " " + breakdown + "=" + group);
    const Indicator* ind = kpi.catalogue.indicator(indicator);
    return download_value(*v, measure == "value" && ind ? ind->decimals : 0);
}

int Disclosed::secondary() const {
    int n = 0;
    for (const auto& s : log.suppressions) n += s.secondary ? 1 : 0;
    return n;
}

Disclosed disclose_tables(const LinkedTables& t) {
    MemoryFileSystem fs;
    fs.put("site.yaml", "title: T\norganisation: O\nbase_url: https://example.org/\n" +
                            (t.disclosure.empty() ? std::string() : "disclosure:\n" + t.disclosure));
    fs.put("data/kpi/catalogue.yaml", "aims:\n  - id: a\n    title: A\n" +
                                          (t.breakdowns.empty() ? std::string() : "breakdowns:\n" + t.breakdowns) +
                                          "indicators:\n" + t.indicators);
    fs.put("data/kpi/figures.csv", "indicator,period,breakdown,group,value,numerator,denominator\n" + t.figures);
    if (!t.survey_breakdowns.empty()) fs.put("data/findings/survey.yaml", t.survey_breakdowns);
    std::string header =
        t.survey_breakdowns.empty() ? "period,theme,rating,count\n" : "period,theme,rating,count,breakdown,group\n";
    if (!t.survey.empty()) fs.put("data/findings/survey.csv", header + t.survey);
    Disclosed out;
    Diagnostics diags;
    SiteConfig config = load_site_config(fs, diags);
    out.kpi = load_and_disclose(fs, config, diags, out.log);
    out.problems = diags.sorted();
    out.errors = diags.has_errors();
    out.downloads = render_kpi_downloads(out.kpi, {});
    const DisclosureRules& rules = config.disclosure;
    DisclosureMetadata meta =
        make_disclosure_metadata(out.kpi.catalogue, rules.method == DisclosureRules::Method::round, rules.rounding_base,
                                 rules.protection_width, themes_of(out.kpi));
    if (out.kpi.survey) meta.survey_breakdowns = out.kpi.survey->breakdowns;
    out.downloads.push_back({disclosure_metadata_file, disclosure_metadata_json(meta)});
    out.audit = audit_downloads(out.downloads);
    return out;
}

AuditResult audit_downloads(const std::vector<OutputFile>& downloads) {
    for (const auto& f : downloads) {
        if (f.path != disclosure_metadata_file) continue;
        Diagnostics diags;
        auto meta = read_disclosure_metadata(f.path, f.bytes, diags);
        if (!meta) throw std::runtime_error("unreadable " + f.path);
        return audit_files(downloads, *meta, diags);
    }
    throw std::runtime_error("no data/disclosure.json among the downloads");
}

int publish_cell(std::vector<OutputFile>& downloads, const std::string& indicator, const std::string& period,
                 const std::string& breakdown, const std::string& group, const std::string& measure,
                 const std::string& value) {
    int changed = 0;
    for (auto& f : downloads) {
        if (f.path.size() < 4 || f.path.compare(f.path.size() - 4, 4, ".csv") != 0) continue;
        if (f.bytes.rfind("indicator,", 0) != 0) continue;
        CsvText csv(f.path, f.bytes);
        Diagnostics diags;
        CsvWriter out(download_columns(), numeric_download_columns());
        std::vector<std::string> header;
        csv.read(
            [&](CsvRecord& r) {
                if (header.empty()) {
                    header = r.fields;
                    return;
                }
                auto col = [&](const char* name) {
                    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
                };
                if (r.fields[col("indicator")] == indicator && r.fields[col("period")] == period &&
                    r.fields[col("breakdown")] == breakdown && r.fields[col("group")] == group) {
                    r.fields[col(measure.c_str())] = value;
                    ++changed;
                }
                out.add(r.fields);
            },
            diags);
        f.bytes = out.text();
    }
    return changed;
}

}  // namespace candour::testing
