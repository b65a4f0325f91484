#pragma once
// Turns the links an editor writes ("../about/methodology.md#symbols") into
// the published page's address, and reports those that lead nowhere.
#include <map>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
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

private:
    bool has_anchor(const std::string& content_path, const std::string& id) const;
    std::string anchor_hint(const std::string& content_path) const;

    const Routes& routes_;
    const std::map<std::string, const MarkdownDocument*>& documents_;
    std::string base_path_;
};

// Joins a relative link onto the folder of a content path, resolving "." and
// "..". Returns nothing if it climbs above content/.
std::optional<std::string> join_content_path(const std::string& from_content_path, const std::string& relative);

}  // namespace candour
