#include "support/kpi_site.hpp"

namespace candour::testing {

Files kpi_site() {
    Files files = minimal_site();
    files["data/kpi/catalogue.yaml"] =
        "aims:\n"
        "  - id: aim-1\n"
        "    title: \"Aim 1: outcome justice\"\n"
        "breakdowns:\n"
        "  - id: sex\n"
        "    title: Sex of the victim\n"
        "    groups: [Female, Male]\n"
        "indicators:\n"
        "  - id: charges\n"
        "    title: Charges\n"
        "    definition: Cases charged.\n"
        "    unit: count\n"
        "    polarity: higher_is_better\n"
        "    aim: aim-1\n"
        "    breakdowns: [sex]\n"
        "  - id: charge-rate\n"
        "    title: Charge rate\n"
        "    definition: Cases charged as a percentage of cases closed.\n"
        "    unit: percentage\n"
        "    polarity: higher_is_better\n"
        "    aim: aim-1\n";
    files["data/kpi/figures.csv"] =
        "indicator,period,breakdown,group,value,numerator,denominator\n"
        "charges,2024-25 Q1,,,44,,\n"
        "charges,2024-25 Q2,,,52,,\n"
        "charges,2024-25 Q2,sex,Female,48,,\n"
        "charges,2024-25 Q2,sex,Male,4,,\n"
        "charge-rate,2024-25 Q1,,,,44,367\n"
        "charge-rate,2024-25 Q2,,,,52,371\n";
    return files;
}

}  // namespace candour::testing
