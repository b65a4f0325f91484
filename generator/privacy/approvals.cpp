#include "privacy/approvals.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "privacy/match_key.hpp"
#include "privacy/normalised_text.hpp"

namespace candour {

Approvals::Approvals(const Routes& routes, bool preview) : preview_(preview) {
    for (const auto& route : routes.pages) {
        if (!route.file || route.file->front.privacy_approvals.empty()) continue;
        Page p{route.file, route.publication != Publication::published, {}, {}};
        for (const auto& a : route.file->front.privacy_approvals)
            p.keys.push_back(match_key(normalise_plain(a.text).text).key);
        p.used.assign(p.keys.size(), false);
        pages_[route.file->path] = std::move(p);
    }
}

bool Approvals::approve(const SourcePos& pos, const std::string& kind, const std::string& key,
                        const std::string& written) {
    auto it = pages_.find(pos.file);
    if (it == pages_.end()) return false;
    Page& p = it->second;
    for (std::size_t i = 0; i < p.keys.size(); ++i) {
        if (p.used[i] || p.keys[i] != key) continue;
        p.used[i] = true;
        log_.emplace_back(pos, fmt::format("{}:{}:{}: {} '{}' approved: {}", pos.file, pos.line, pos.col, kind, written,
                                           p.file->front.privacy_approvals[i].reason));
        return true;
    }
    return false;
}

void Approvals::finish(Diagnostics& diags, DisclosureLog& log) {
    for (const auto& [path, p] : pages_) {
        for (std::size_t i = 0; i < p.keys.size(); ++i) {
            if (p.used[i]) continue;
            const auto& a = p.file->front.privacy_approvals[i];
            std::string message =
                fmt::format("the approval of '{}' matches nothing that needs approving in this file", a.text);
            std::string hint = "remove the approval, or correct its text so it matches the occurrence exactly";
            if (preview_ && p.preview_only) {
                diags.warning(a.pos, message, hint);
            } else {
                diags.error(a.pos, message, hint);
            }
        }
    }
    std::sort(log_.begin(), log_.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.file, a.first.line, a.first.col) < std::tie(b.first.file, b.first.line, b.first.col);
    });
    for (auto& [pos, line] : log_) log.approvals.push_back(std::move(line));
    log_.clear();
}

}  // namespace candour
