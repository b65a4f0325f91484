#include "support/chart_kpi.hpp"

#include <stdexcept>

#include "charts/group_bar_chart.hpp"
#include "charts/period_bar_chart.hpp"
#include "charts/status_chart.hpp"
#include "charts/survey_chart.hpp"
#include "charts/trend_chart.hpp"
#include "disclose/disclose.hpp"
#include "io/file_system.hpp"
#include "support/theme_messages.hpp"

namespace candour::testing {

const char* const chart_catalogue_yaml = R"(aims:
  - id: aim-1
    title: "Aim 1: outcome justice"
breakdowns:
  - id: sex
    title: Sex of the victim
    groups: [Female, Male, Not recorded]
  - id: relationship
    title: Relationship between victim and suspect
    groups: [Partner or ex-partner, Family member, Acquaintance, Stranger, Not recorded]
  - id: survey-theme
    title: Survey theme
    groups: [Respect, Sensitivity, Knowledge, Effectiveness, Safety]
    partition: false
  - id: review-outcome
    title: Outcome of the review
    groups: [Decision upheld, Decision overturned, Review not yet complete]
indicators:
  - id: charges
    title: Charges
    definition: Cases charged.
    unit: count
    polarity: higher_is_better
    aim: aim-1
    breakdowns: [sex, relationship]
  - id: charge-rate
    title: Charge rate
    definition: Cases charged as a percentage of cases closed.
    unit: percentage
    polarity: higher_is_better
    aim: aim-1
    numerator: charges
  - id: survey-rating
    title: Victims rating their experience good or very good
    definition: Ratings of good or very good as a percentage of all ratings.
    unit: percentage
    polarity: higher_is_better
    aim: aim-1
    breakdowns: [survey-theme]
  - id: right-to-review
    title: Right to Review requests
    definition: Requests for a review of a decision to take no further action.
    unit: count
    polarity: neutral
    aim: aim-1
    breakdowns: [review-outcome]
)";

const char* const chart_figures_csv =
    "indicator,period,breakdown,group,value,numerator,denominator,status,note\n"
    "charges,2023-24 Q1,,,40,,,,\n"
    "charges,2023-24 Q2,,,38,,,,\n"
    "charges,2023-24 Q3,,,,,,,\n"
    "charges,2023-24 Q4,,,45,,,,\n"
    "charges,2024-25 Q1,,,44,,,r,Revised from 41\n"
    "charges,2024-25 Q2,,,52,,,p,\n"
    "charges,2024-25 Q2,sex,Female,41,,,p,\n"
    "charges,2024-25 Q2,sex,Male,3,,,p,\n"
    "charges,2024-25 Q2,sex,Not recorded,8,,,p,\n"
    "charges,2024-25 Q1,relationship,Partner or ex-partner,16,,,,\n"
    "charges,2024-25 Q1,relationship,Family member,7,,,,\n"
    "charges,2024-25 Q1,relationship,Acquaintance,14,,,,\n"
    "charges,2024-25 Q1,relationship,Stranger,4,,,,\n"
    "charges,2024-25 Q1,relationship,Not recorded,3,,,,\n"
    "charges,2024-25 Q2,relationship,Partner or ex-partner,19,,,p,\n"
    "charges,2024-25 Q2,relationship,Family member,9,,,p,\n"
    "charges,2024-25 Q2,relationship,Acquaintance,16,,,p,\n"
    "charges,2024-25 Q2,relationship,Stranger,4,,,p,\n"
    "charges,2024-25 Q2,relationship,Not recorded,4,,,p,\n"
    "charge-rate,2023-24 Q1,,,,40,380,,\n"
    "charge-rate,2023-24 Q2,,,,38,372,,\n"
    "charge-rate,2023-24 Q3,,,,3,8,,\n"
    "charge-rate,2023-24 Q4,,,,45,371,,\n"
    "charge-rate,2024-25 Q1,,,,44,367,r,\n"
    "charge-rate,2024-25 Q2,,,,52,371,p,\n"
    "survey-rating,2024-25 Q2,,,,58,90,,\n"
    "survey-rating,2024-25 Q2,survey-theme,Respect,,14,18,,\n"
    "survey-rating,2024-25 Q2,survey-theme,Sensitivity,,12,18,,\n"
    "survey-rating,2024-25 Q2,survey-theme,Knowledge,,10,18,,\n"
    "survey-rating,2024-25 Q2,survey-theme,Effectiveness,,9,18,,\n"
    "survey-rating,2024-25 Q2,survey-theme,Safety,,13,18,,\n"
    "right-to-review,2023-24 Q4,,,29,,,,\n"
    "right-to-review,2024-25 Q1,,,31,,,,\n"
    "right-to-review,2024-25 Q2,,,33,,,,\n"
    "right-to-review,2023-24 Q4,review-outcome,Decision upheld,20,,,,\n"
    "right-to-review,2023-24 Q4,review-outcome,Decision overturned,3,,,,\n"
    "right-to-review,2023-24 Q4,review-outcome,Review not yet complete,6,,,,\n"
    "right-to-review,2024-25 Q1,review-outcome,Decision upheld,22,,,,\n"
    "right-to-review,2024-25 Q1,review-outcome,Decision overturned,4,,,,\n"
    "right-to-review,2024-25 Q1,review-outcome,Review not yet complete,5,,,,\n"
    "right-to-review,2024-25 Q2,review-outcome,Decision upheld,23,,,,\n"
    "right-to-review,2024-25 Q2,review-outcome,Decision overturned,4,,,,\n"
    "right-to-review,2024-25 Q2,review-outcome,Review not yet complete,6,,,,\n";

namespace {

PublishedKpi publish() {
    MemoryFileSystem fs;
    fs.put("data/kpi/catalogue.yaml", chart_catalogue_yaml);
    fs.put("data/kpi/figures.csv", chart_figures_csv);
    Diagnostics diags;
    DisclosureLog log;
    PublishedKpi kpi = load_and_disclose(fs, SiteConfig{}, diags, log);
    if (diags.has_errors()) throw std::runtime_error(format_diagnostic(diags.sorted().front()));
    return kpi;
}

}  // namespace

const PublishedKpi& chart_kpi() {
    static const PublishedKpi kpi = publish();
    return kpi;
}

std::vector<Chart> every_chart_type() {
    const PublishedKpi& kpi = chart_kpi();
    auto ind = [&](const char* id) -> const PublishedIndicator& { return *kpi.indicator(id); };
    auto breakdown = [&](const char* id) -> const Breakdown& { return *kpi.catalogue.breakdown(id); };
    Period q2 = *Period::parse("2024-25 Q2");
    std::vector<Period> three{*Period::parse("2023-24 Q4"), *Period::parse("2024-25 Q1"), q2};
    return {trend_chart(ind("charges"), theme_messages()),
            trend_chart(ind("charge-rate"), theme_messages(), {{}, 15.0}),
            group_bar_chart(ind("charges"), breakdown("sex"), q2, theme_messages()),
            period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), three, BarLayout::grouped,
                             theme_messages()),
            period_bar_chart(ind("charges"), breakdown("relationship"), three, BarLayout::grouped, theme_messages()),
            period_bar_chart(ind("right-to-review"), breakdown("review-outcome"), three, BarLayout::stacked,
                             theme_messages()),
            survey_chart(ind("survey-rating"), breakdown("survey-theme"), q2, theme_messages()),
            status_chart({"status", "recommendations", "September 2024", {{"Complete", 7}, {"In progress", 4}}},
                         theme_messages())};
}

const PublishedIndicator& ind(const std::string& id) {
    return *chart_kpi().indicator(id);
}
const Breakdown& breakdown(const std::string& id) {
    return *chart_kpi().catalogue.breakdown(id);
}
Period period(const char* code) {
    return *Period::parse(code);
}

}  // namespace candour::testing
