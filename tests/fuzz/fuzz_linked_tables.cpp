// Property: whatever linked tables disclosure control is given, the
// independent audit of the downloads it publishes finds no hidden figure a
// reader could pin down or narrow below the protection width.
//
// The fuzzer's bytes choose the shape (which breakdowns, a crossed one,
// overlapping groups with or without a sum, a percentage sharing the
// count's numerators, parts, a year to date, one to three quarters), the
// rules (suppress or round, thresholds, protection width) and every count;
// totals are worked out from their parts, so the relations always hold.
#include <array>

#include "audit/audit.hpp"
#include "audit/disclosure_metadata.hpp"
#include "disclose/disclose.hpp"
#include "fuzz_support.hpp"
#include "kpi/published_survey.hpp"
#include "load/site_config.hpp"
#include "render/kpi_downloads.hpp"

namespace {

using namespace candour;

class Bytes {
public:
    Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    unsigned next(unsigned below) { return below == 0 ? 0 : (at_ < size_ ? data_[at_++] : 0) % below; }
    bool flag() { return next(2) == 1; }

private:
    const uint8_t* data_;
    size_t size_;
    size_t at_ = 0;
};

const std::array<const char*, 3> sexes = {"Female", "Male", "Not recorded"};
const std::array<const char*, 3> ages = {"Under 18", "18 to 39", "40 and over"};
const std::array<const char*, 3> themes = {"Respect", "Safety", "Knowledge"};
const std::array<const char*, 3> quarters = {"2024-25 Q1", "2024-25 Q2", "2024-25 Q3"};

struct Shape {
    bool by_age, crossed, overlapping, theme_sum, rate, parts, year_to_date;
    unsigned periods;
};

std::string catalogue(const Shape& s) {
    std::string y =
        "aims:\n  - id: a\n    title: A\nbreakdowns:\n"
        "  - id: sex\n    title: S\n    groups: [Female, Male, Not recorded]\n"
        "  - id: age\n    title: A\n    groups: [Under 18, 18 to 39, 40 and over]\n"
        "  - id: sex-by-age\n    title: X\n    cross: [sex, age]\n"
        "  - id: theme\n    title: T\n    groups: [Respect, Safety, Knowledge]\n    partition: false\n"
        "    total: " +
        std::string(s.theme_sum ? "sum" : "none") + "\nindicators:\n";
    auto indicator = [&](const std::string& id, const char* unit, const std::string& extra) {
        y += "  - id: " + id + "\n    title: " + id + "\n    definition: D.\n    unit: " + unit +
             "\n    polarity: neutral\n    aim: a\n" + extra;
    };
    std::string breakdowns = "    breakdowns: [sex";
    if (s.by_age) breakdowns += ", age";
    if (s.crossed) breakdowns += ", sex-by-age";
    breakdowns += "]\n";
    indicator("c", "count", breakdowns + (s.parts ? "    parts: [c1, c2]\n" : ""));
    if (s.parts) {
        indicator("c1", "count", "    breakdowns: [sex]\n");
        indicator("c2", "count", "    breakdowns: [sex]\n");
    }
    if (s.rate) indicator("r", "percentage", "    breakdowns: [sex]\n    numerator: c\n");
    if (s.year_to_date) indicator("ytd", "count", "    breakdowns: [sex]\n    year_to_date: c\n");
    if (s.overlapping) indicator("t", "count", "    breakdowns: [theme]\n");
    return y;
}

std::string row(const std::string& ind, const char* period, const std::string& b, const std::string& g, int value) {
    return ind + "," + period + "," + b + ",\"" + g + "\"," + std::to_string(value) + ",,\n";
}

// Counts by sex and age, each small often enough to need protecting.
std::string figures(const Shape& s, Bytes& in) {
    std::string csv;
    std::array<int, 3> ytd{};
    int ytd_total = 0;
    for (unsigned q = 0; q < s.periods; ++q) {
        const char* p = quarters[q];
        std::array<std::array<int, 3>, 3> cell{};  // sex by age
        std::array<int, 3> sex{}, age{};
        int total = 0;
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) {
                int v = static_cast<int>(in.next(4) == 0 ? in.next(5) : in.next(40));
                cell[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = v;
                sex[static_cast<std::size_t>(i)] += v;
                age[static_cast<std::size_t>(j)] += v;
                total += v;
            }
        }
        csv += row("c", p, "", "", total);
        for (int i = 0; i < 3; ++i)
            csv += row("c", p, "sex", sexes[static_cast<std::size_t>(i)], sex[static_cast<std::size_t>(i)]);
        if (s.by_age) {
            for (int j = 0; j < 3; ++j)
                csv += row("c", p, "age", ages[static_cast<std::size_t>(j)], age[static_cast<std::size_t>(j)]);
        }
        if (s.crossed) {
            for (int i = 0; i < 3; ++i) {
                for (int j = 0; j < 3; ++j) {
                    csv += row("c", p, "sex-by-age",
                               cross_group(sexes[static_cast<std::size_t>(i)], ages[static_cast<std::size_t>(j)]),
                               cell[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]);
                }
            }
        }
        if (s.parts) {  // c1 takes part of each sex's count, c2 the rest
            int t1 = 0;
            std::array<int, 3> first{};
            for (int i = 0; i < 3; ++i) {
                first[static_cast<std::size_t>(i)] =
                    static_cast<int>(in.next(static_cast<unsigned>(sex[static_cast<std::size_t>(i)]) + 1));
                t1 += first[static_cast<std::size_t>(i)];
            }
            csv += row("c1", p, "", "", t1);
            csv += row("c2", p, "", "", total - t1);
            for (int i = 0; i < 3; ++i) {
                csv += row("c1", p, "sex", sexes[static_cast<std::size_t>(i)], first[static_cast<std::size_t>(i)]);
                csv += row("c2", p, "sex", sexes[static_cast<std::size_t>(i)],
                           sex[static_cast<std::size_t>(i)] - first[static_cast<std::size_t>(i)]);
            }
        }
        if (s.rate) {
            int denominators = 0;
            std::array<int, 3> d{};
            for (int i = 0; i < 3; ++i)
                denominators += d[static_cast<std::size_t>(i)] =
                    sex[static_cast<std::size_t>(i)] + static_cast<int>(in.next(60));
            csv +=
                "r," + std::string(p) + ",,," + "," + std::to_string(total) + "," + std::to_string(denominators) + "\n";
            for (int i = 0; i < 3; ++i) {
                csv += "r," + std::string(p) + ",sex," + sexes[static_cast<std::size_t>(i)] + ",," +
                       std::to_string(sex[static_cast<std::size_t>(i)]) + "," +
                       std::to_string(d[static_cast<std::size_t>(i)]) + "\n";
            }
        }
        if (s.year_to_date) {
            ytd_total += total;
            csv += row("ytd", p, "", "", ytd_total);
            for (int i = 0; i < 3; ++i) {
                ytd[static_cast<std::size_t>(i)] += sex[static_cast<std::size_t>(i)];
                csv += row("ytd", p, "sex", sexes[static_cast<std::size_t>(i)], ytd[static_cast<std::size_t>(i)]);
            }
        }
        if (s.overlapping) {  // each theme describes some of the same people
            std::array<int, 3> t{};
            int sum = 0, most = 0;
            for (int k = 0; k < 3; ++k) {
                sum += t[static_cast<std::size_t>(k)] = static_cast<int>(in.next(4) == 0 ? in.next(5) : in.next(30));
                most = std::max(most, t[static_cast<std::size_t>(k)]);
            }
            csv += row("t", p, "", "", s.theme_sum ? sum : most + static_cast<int>(in.next(10)));
            for (int k = 0; k < 3; ++k)
                csv += row("t", p, "theme", themes[static_cast<std::size_t>(k)], t[static_cast<std::size_t>(k)]);
        }
    }
    return csv;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Bytes in(data, size);
    Shape s{in.flag(), in.flag(), in.flag(), in.flag(), in.flag(), in.flag(), in.flag(), 1 + in.next(3)};
    std::string rules = "disclosure:\n  method: " + std::string(in.next(4) == 0 ? "round" : "suppress") +
                        "\n  min_count: " + std::to_string(3 + in.next(4)) +
                        "\n  protection_width: " + std::to_string(2 + in.next(3)) +
                        "\n  suppress_zeros: " + (in.flag() ? "true" : "false") + "\n";
    MemoryFileSystem fs;
    fs.put("site.yaml", "title: T\norganisation: O\nbase_url: https://example.org/\n" + rules);
    fs.put("data/kpi/catalogue.yaml", catalogue(s));
    fs.put("data/kpi/figures.csv", "indicator,period,breakdown,group,value,numerator,denominator\n" + figures(s, in));
    Diagnostics diags;
    SiteConfig config = load_site_config(fs, diags);
    DisclosureLog log;
    PublishedKpi kpi = load_and_disclose(fs, config, diags, log);
    if (diags.has_errors()) {
        std::string first = format_diagnostic(diags.sorted().front());
        fuzz::fail("the generated tables were refused", first);
    }
    auto files = render_kpi_downloads(kpi, {});
    const DisclosureRules& r = config.disclosure;
    DisclosureMetadata meta = make_disclosure_metadata(kpi.catalogue, r.method == DisclosureRules::Method::round,
                                                       r.rounding_base, r.protection_width, {});
    Diagnostics audit_diags;
    AuditResult result = audit_files(files, meta, audit_diags, 1);
    if (!result.contradictions.empty())
        fuzz::fail("the published figures contradict each other", result.contradictions.front());
    for (const auto& f : result.exposed()) fuzz::fail("a hidden figure can be worked out", describe_exposure(f));
    return 0;
}
