#pragma once
// Linked-table disclosure tests: a catalogue and its figures written inline,
// disclosed through the public pipeline (load_and_disclose), published as the
// downloads a reader gets, and attacked by the independent audit.
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "io/output_file.hpp"
#include "kpi/published.hpp"

namespace candour::testing {

struct LinkedTables {
    std::string breakdowns;  // YAML list items under 'breakdowns:'
    std::string indicators;  // YAML list items under 'indicators:'
    std::string figures;     // CSV rows after the header indicator,period,breakdown,group,value,numerator,denominator
    std::string survey;      // rows after period,theme,rating,count; empty for none
    std::string disclosure;  // settings under site.yaml 'disclosure:'; empty for the defaults
    // data/findings/survey.yaml; when given, the survey rows have the
    // columns breakdown,group after count.
    std::string survey_breakdowns;
};

struct Disclosed {
    PublishedKpi kpi;
    DisclosureLog log;
    std::vector<Diagnostic> problems;  // sorted
    bool errors = false;
    std::vector<OutputFile> downloads;  // every KPI download, the ratings, and data/disclosure.json
    AuditResult audit;                  // the audit of those downloads' bytes

    // "[c]", or the figure as a download shows it.
    std::string shown(const std::string& indicator, const std::string& period, const std::string& breakdown = "",
                      const std::string& group = "", const std::string& measure = "value") const;
    bool hidden(const std::string& indicator, const std::string& period, const std::string& breakdown = "",
                const std::string& group = "", const std::string& measure = "value") const {
        return shown(indicator, period, breakdown, group, measure) == "[c]";
    }
    int secondary() const;  // figures hidden as complements
};

Disclosed disclose_tables(const LinkedTables& tables);

// The audit of downloads as they are (after a test changed them).
AuditResult audit_downloads(const std::vector<OutputFile>& downloads);

// Shows `value` instead of [c] for one cell in every download that holds it:
// what a publisher would do by removing a complement.
int publish_cell(std::vector<OutputFile>& downloads, const std::string& indicator, const std::string& period,
                 const std::string& breakdown, const std::string& group, const std::string& measure,
                 const std::string& value);

}  // namespace candour::testing
