#pragma once
// Editors' approvals (privacy_approvals in a page's front matter): each
// approves one occurrence, in that page's file, of text the gate would
// otherwise stop. An approval that matches nothing is an error, so
// approvals don't outlive the text they were for; every approval used is
// listed in the disclosure report.
#include <map>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "disclose/disclosure_log.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

class Approvals {
public:
    Approvals(const Routes& routes, bool preview);

    // Whether an unused approval in the file at `pos` covers this occurrence
    // (same match key); if so it is used up.
    bool approve(const SourcePos& pos, const std::string& kind, const std::string& key, const std::string& written);

    // Reports approvals never used; adds those used to the log, in order.
    void finish(Diagnostics& diags, DisclosureLog& log);

private:
    struct Page {
        const ContentFile* file = nullptr;
        bool preview_only = false;
        std::vector<std::string> keys;
        std::vector<bool> used;
    };
    std::map<std::string, Page> pages_;
    std::vector<std::pair<SourcePos, std::string>> log_;
    bool preview_;
};

}  // namespace candour
