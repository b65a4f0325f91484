#pragma once
// One Markdown file under content/, split into typed front matter and body.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "kpi/date.hpp"
#include "kpi/period.hpp"

namespace candour {

// An editor's approval of one occurrence of text the privacy gate would
// otherwise stop, such as a national helpline's number.
struct PrivacyApproval {
    std::string text;
    std::string reason;
    SourcePos pos;
};

struct FrontMatter {
    std::string title;
    std::string summary;
    std::optional<Date> date;
    SourcePos date_pos;
    std::optional<Date> updated;
    bool draft = false;
    std::optional<int> weight;
    std::string layout;  // empty: the default for the kind of page
    SourcePos layout_pos;
    std::string slug;  // empty: from the file name
    SourcePos slug_pos;
    bool toc = false;
    std::optional<Period> period;  // a quarterly report's period: shows its headline figures
    SourcePos period_pos;
    std::vector<PrivacyApproval> privacy_approvals;
    std::string lang;  // the page's language when it is not the site's (a language tag); empty: the site's
    SourcePos lang_pos;
};

struct ContentFile {
    std::string path;  // "content/reports/2024-25-q2.md"
    FrontMatter front;
    std::string text;         // the whole file, for the privacy gate
    std::string body;         // the Markdown after the front matter
    int body_first_line = 1;  // the file line the body starts on

    // For a translation ("_index.cy.md" beside "_index.md"): its language.
    std::string translation;

    // "reports/2024-25-q2.md": the path relative to content/, as links write
    // it; a translation's is its original's.
    std::string content_path() const;
    bool is_section_index() const;  // an _index.md
};

}  // namespace candour
