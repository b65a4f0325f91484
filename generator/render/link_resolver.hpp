#pragma once
// Turns the links an editor writes ("../about/methodology.md#symbols") into
// the published page's address, and reports those that lead nowhere.
#include <map>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "model/content_links.hpp"
#include "model/routes.hpp"

namespace candour {

class MarkdownDocument;

class LinkResolver {
public:
    LinkResolver(const Routes& routes, const std::map<std::string, const MarkdownDocument*>& documents,
                 std::string base_path)
        : routes_(routes), documents_(documents), base_path_(std::move(base_path)) {}

    // The address to publish for `url` written in `from`, or nothing (after
    // reporting at `pos`) when it leads nowhere.
    std::optional<std::string> resolve(const Route& from, const std::string& url, const SourcePos& pos,
                                       Diagnostics& diags) const;

    // Checks a link written in a data file (relative to content/, see
    // model/content_links.hpp); its address on each page is made by the model.
    void check_data_link(const std::string& url, const SourcePos& pos, Diagnostics& diags) const;

private:
    // The page `path` (joined onto content/) names, after reporting at
    // `pos` why there is none; `how` says how to write such a link.
    const Route* target(const std::optional<std::string>& target_path, const std::string& url,
                        const std::string& fragment, Publication from, const SourcePos& pos, Diagnostics& diags,
                        const std::string& how) const;
    bool has_anchor(const std::string& content_path, const std::string& id) const;
    std::string anchor_hint(const std::string& content_path) const;

    const Routes& routes_;
    const std::map<std::string, const MarkdownDocument*>& documents_;
    std::string base_path_;
};

}  // namespace candour
