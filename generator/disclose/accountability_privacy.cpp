#include "disclose/accountability_privacy.hpp"

#include <fmt/format.h>

#include "diagnostics/text_position.hpp"
#include "disclose/privacy_scanner.hpp"
#include "load/accountability_load.hpp"
#include "load/text_file.hpp"

namespace candour {

void privacy_gate_accountability(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags) {
    std::vector<std::string> files = tree.accountability.source_files;
    if (fs.is_file(survey_file)) files.push_back(survey_file);
    if (files.empty()) return;
    Diagnostics ignored;  // bad patterns in site.yaml were reported by the main gate
    PrivacyScanner scanner(tree.config, ignored);
    for (const auto& path : files) {
        auto text = read_text_file(fs, path, ignored);
        if (!text) continue;
        for (const auto& hit : scanner.scan(*text)) {
            auto lc = line_col_at(*text, hit.offset);
            diags.error({path, lc.line, lc.col}, fmt::format("possible {} '{}' in published text", hit.kind, hit.text),
                        "remove it: findings, responses and updates are published as written. If it is public "
                        "(such as the organisation's own contact details) add it to 'privacy: allow:' in site.yaml");
        }
    }
}

}  // namespace candour
