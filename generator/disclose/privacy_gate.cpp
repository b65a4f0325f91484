#include "disclose/privacy_gate.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diagnostics/text_position.hpp"
#include "disclose/privacy_scanner.hpp"
#include "load/kpi_catalogue.hpp"
#include "load/text_file.hpp"
#include "io/parallel.hpp"

namespace candour {

namespace {

void report(const PrivacyHit& hit, SourcePos pos, Diagnostics& diags) {
    diags.error(std::move(pos), fmt::format("possible {} '{}' in published text", hit.kind, hit.text), privacy_hint);
}

SourcePos pos_in(const std::string& file, std::string_view text, std::size_t offset) {
    auto lc = line_col_at(text, offset);
    return {file, lc.line, lc.col};
}

// A page: hits are errors unless an approval in its front matter covers
// them, one approval per occurrence.
void check_page(const ContentFile& file, const PrivacyScanner& scanner, Diagnostics& diags, DisclosureLog& log) {
    const auto& approvals = file.front.privacy_approvals;
    std::vector<bool> used(approvals.size(), false);
    for (const auto& hit : scanner.scan(file.text)) {
        SourcePos pos = pos_in(file.path, file.text, hit.offset);
        std::string found = normalise_for_match(hit.text, false);
        // The approval's own entry in the front matter is not an occurrence.
        bool in_approval = std::any_of(approvals.begin(), approvals.end(), [&](const PrivacyApproval& a) {
            return a.pos.line <= pos.line && pos.line <= a.pos.line + 1 && normalise_for_match(a.text, false) == found;
        });
        if (in_approval) continue;
        bool approved = false;
        for (std::size_t i = 0; i < approvals.size() && !approved; ++i) {
            if (used[i] || normalise_for_match(approvals[i].text, false) != found) continue;
            used[i] = approved = true;
            log.approvals.push_back(fmt::format("{}:{}:{}: {} '{}' approved: {}", pos.file, pos.line, pos.col, hit.kind,
                                                hit.text, approvals[i].reason));
        }
        if (!approved) report(hit, pos, diags);
    }
    for (std::size_t i = 0; i < approvals.size(); ++i) {
        if (used[i]) continue;
        diags.error(approvals[i].pos, fmt::format("the approval of '{}' matches nothing that needs approving in this file", approvals[i].text),
                    "remove the approval, or correct its text so it matches the occurrence exactly");
    }
}

void check_file(const FileSystem& fs, const std::string& path, const PrivacyScanner& scanner, Diagnostics& diags) {
    Diagnostics ignored;  // unreadable files were reported when loaded
    auto text = read_text_file(fs, path, ignored);
    if (!text) return;
    for (const auto& hit : scanner.scan(*text)) report(hit, pos_in(path, *text, hit.offset), diags);
}

}  // namespace

void privacy_gate(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags, DisclosureLog& log) {
    PrivacyScanner scanner(tree.config, diags);
    // Pages are scanned in parallel; approvals are gathered per page and
    // joined in page order, so the report is the same whatever the threads.
    std::vector<DisclosureLog> per_page(tree.content.size());
    parallel_for(tree.content.size(), worker_count(0, tree.content.size()), [&](std::size_t i, int) {
        if (!tree.content[i].front.draft) check_page(tree.content[i], scanner, diags, per_page[i]);
    });
    for (auto& page : per_page) {
        for (auto& a : page.approvals) log.approvals.push_back(std::move(a));
    }
    check_file(fs, site_config_file, scanner, diags);
    if (fs.is_file(kpi_catalogue_file)) check_file(fs, kpi_catalogue_file, scanner, diags);
}

}  // namespace candour
