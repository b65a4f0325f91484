#pragma once
// `candour audit SITE_DIR [--source SRC]`: the disclosure audit run on a site
// that is already published, as a reader would attack it: its downloads,
// plus the relations from SRC's catalogue or, without --source, the
// data/disclosure.json published beside the downloads.
#include <ostream>
#include <string>

namespace candour {

struct AuditOptions {
    std::string site_dir;
    std::string source_dir;  // empty: use SITE_DIR/data/disclosure.json
    int jobs = 0;
};

// 0 when no hidden figure can be worked out, 1 with one line per figure that
// can, 2 when the site cannot be audited.
int run_audit(const AuditOptions& options, std::ostream& out, std::ostream& err);

}  // namespace candour
