#pragma once
// The KPI catalogue: what each indicator means. Definitions only, no figures,
// so every stage may see it.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "kpi/period.hpp"

namespace candour {

enum class Unit { count, percentage, median_days, rate, score };
enum class Polarity { higher_is_better, lower_is_better, neutral };

std::optional<Unit> parse_unit(std::string_view text);
std::string unit_name(Unit unit);  // as written in the catalogue: "count", "percentage", ...
std::vector<std::string> unit_names();
std::optional<Polarity> parse_polarity(std::string_view text);
std::vector<std::string> polarity_names();

// A group of indicators in the national operating model: an aim or the
// organisational principles.
struct Aim {
    std::string id;
    std::string title;
    std::string summary;
};

// A way of splitting an indicator, with the groups it may have.
struct Breakdown {
    std::string id;
    std::string title;
    std::vector<std::string> groups;  // in display order
    SourcePos pos;
    // The groups split one whole: each person or case is in exactly one.
    // False for groups that overlap, such as survey themes.
    bool partition = true;
    // The overall figure is the sum of the groups' figures: true for a
    // partition, and for overlapping groups whose overall figure is defined
    // as their sum (ratings across every theme). Disclosure control treats
    // it as a sum a reader can subtract from.
    bool total_is_sum = true;
    // A cross-tabulation of two other breakdowns ("sex" by "age-band"): its
    // groups are every pair, written "Female / Under 18", and they add up to
    // the groups of each breakdown crossed.
    std::vector<std::string> cross;
    // Other words for a group ("Male": men, boys), by group, for the
    // typed-figure check (disclose/typed_figures.hpp).
    std::map<std::string, std::vector<std::string>> group_synonyms;
};

// "Female / Under 18": how a group of a crossed breakdown is written.
std::string cross_group(const std::string& first, const std::string& second);
inline constexpr const char* cross_separator = " / ";

// An indicator's own disclosure rule (catalogue `disclosure:`), for figures
// that are not about people at risk (accredited investigators, an audit
// sample of files). What it leaves out follows the site's rules.
struct IndicatorDisclosure {
    enum class Method { none, suppress, round };
    std::optional<Method> method;  // none: every figure shown as it is
    std::optional<int> min_count;
    std::optional<int> min_base;
    std::string reason;  // why it is safe, for the disclosure report (required)
    SourcePos pos;
};
std::optional<IndicatorDisclosure::Method> parse_disclosure_method(std::string_view text);
const char* disclosure_method_name(IndicatorDisclosure::Method method);

struct Indicator {
    std::string id;
    std::string title;
    std::string definition;
    Unit unit = Unit::count;
    Polarity polarity = Polarity::neutral;
    PeriodKind frequency = PeriodKind::quarter;
    std::string aim;
    std::string source;
    std::vector<std::string> breakdowns;  // ids into Catalogue::breakdowns
    std::vector<std::string> caveats;
    // Other words for the indicator ("charged"), for the typed-figure check.
    std::vector<std::string> synonyms;
    std::vector<std::string> parts;  // indicators whose figures add up to this one's
    // Relations to other indicators, figure by figure (same period, breakdown
    // and group), declared so disclosure control sees them:
    std::string numerator_of;     // a percentage's numerators are this count's figures
    std::string denominator_of;   // a percentage's denominators are this count's figures
    std::string year_to_date_of;  // each figure is this count's total from April to the end of the period
    int decimals = 0;
    std::optional<IndicatorDisclosure> disclosure;  // its own rule, instead of the site's
    SourcePos pos;

    bool is_count() const { return unit == Unit::count; }
    // A figure about a handful of people that must pass disclosure control.
    bool is_about_people() const { return unit != Unit::rate; }
};

struct Catalogue {
    std::vector<Aim> aims;
    std::map<std::string, Breakdown> breakdowns;
    std::vector<Indicator> indicators;         // in catalogue order
    std::string file;                          // where it was read from, for messages
    std::map<std::string, std::size_t> by_id;  // filled by build_index()
    // What could not be read, each already reported in the catalogue: whole
    // entries with errors, or the file itself. A table row or a page naming
    // such an indicator is not reported again as unknown.
    std::set<std::string> unreadable_ids;
    bool readable = true;

    // Whether `id` may be an indicator whose entry had errors.
    bool may_define(const std::string& id) const { return !readable || unreadable_ids.count(id) > 0; }

    const Indicator* indicator(const std::string& id) const;
    // Builds the id lookup used by indicator(); call once the list is complete.
    void build_index();
    const Breakdown* breakdown(const std::string& id) const;
    std::vector<std::string> indicator_ids() const;
};

// The id used for the overall figure of an indicator (no breakdown).
inline constexpr const char* total_breakdown = "";

}  // namespace candour
