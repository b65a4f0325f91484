#pragma once
// Turns the links an editor writes ("../about/methodology.md#symbols") into
// the published page's address, and reports those that lead nowhere.
//
// A link's address needs only the routes, so each page is parsed once and
// rendered at once. Whether a '#heading' exists needs the target page's
// headings, which may not be parsed yet: those checks wait until every page
// has been (check_anchors).
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/content_links.hpp"
#include "model/routes.hpp"

namespace candour {

class MarkdownDocument;

class LinkResolver {
public:
    LinkResolver(const Routes& routes, std::string base_path) : routes_(routes), base_path_(std::move(base_path)) {}

    // The address to publish for `url` written in `from`, or nothing (after
    // reporting at `pos`) when it leads nowhere. Any thread.
    std::optional<std::string> resolve(const Route& from, const std::string& url, const SourcePos& pos,
                                       Diagnostics& diags) const;

    // Checks a link written in a data file (relative to content/, see
    // model/content_links.hpp); its address on each page is made by the model.
    void check_data_link(const std::string& url, const SourcePos& pos, Diagnostics& diags) const;

    // Reports every '#heading' that the links resolved so far named and
    // `documents` (every page's parsed body, by content path) lacks.
    void check_anchors(const std::map<std::string, const MarkdownDocument*>& documents, Diagnostics& diags) const;

private:
    // The page `path` (joined onto content/) names, after reporting at
    // `pos` why there is none; `how` says how to write such a link.
    const Route* target(const std::optional<std::string>& target_path, const std::string& url,
                        const std::string& fragment, Publication from, const SourcePos& pos, Diagnostics& diags,
                        const std::string& how) const;
    // A '#heading' to look for once every page is parsed.
    struct AnchorLink {
        std::string content_path;  // the page that should have the heading
        std::string fragment;
        std::string url;  // as written
        SourcePos pos;
        bool same_page;  // written as '#heading' alone
    };
    void check_anchor_later(AnchorLink link) const;

    const Routes& routes_;
    std::string base_path_;
    mutable std::mutex anchors_mutex_;
    mutable std::vector<AnchorLink> anchors_;
};

}  // namespace candour
