#include "render/link_resolver.hpp"

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"
#include "render/markdown_document.hpp"

namespace candour {

namespace {

bool ends_with_md(const std::string& path) {
    return path.size() >= 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

std::string anchor_hint(const MarkdownDocument* document) {
    std::vector<std::string> ids;
    if (document) {
        for (const auto& h : document->headings()) ids.push_back(h.id);
    }
    if (ids.empty()) return "that page has no headings to link to; remove the '#...' part";
    return "headings there: " + fmt::format("{}", fmt::join(ids, ", "));
}

}  // namespace

void LinkResolver::check_anchor_later(AnchorLink link) const {
    std::lock_guard lock(anchors_mutex_);
    anchors_.push_back(std::move(link));
}

void LinkResolver::check_anchors(const std::map<std::string, const MarkdownDocument*>& documents,
                                 Diagnostics& diags) const {
    std::lock_guard lock(anchors_mutex_);
    for (const auto& link : anchors_) {
        auto it = documents.find(link.content_path);
        const MarkdownDocument* document = it == documents.end() ? nullptr : it->second;
        if (document && document->has_anchor(link.fragment)) continue;
        std::string message =
            link.same_page ? fmt::format("no heading '#{}' on this page", link.fragment)
                           : fmt::format("link to '{}', but that page has no heading '#{}'", link.url, link.fragment);
        diags.error(link.pos, message, anchor_hint(document));
    }
    anchors_.clear();
}

std::optional<std::string> LinkResolver::resolve(const Route& from, const std::string& url, const SourcePos& pos,
                                                 Diagnostics& diags) const {
    if (has_scheme(url) || url.rfind("//", 0) == 0) return std::nullopt;  // another site, or mailto:
    std::string from_path = from.file ? from.file->content_path() : "";
    auto hash = url.find('#');
    std::string path = url.substr(0, hash);
    std::string fragment = hash == std::string::npos ? "" : url.substr(hash + 1);

    if (path.empty()) {  // "#heading" on the same page
        if (!fragment.empty()) check_anchor_later({from_path, fragment, url, pos, true});
        return std::nullopt;
    }
    if (path[0] == '/') {
        diags.error(pos, fmt::format("link '{}' starts with '/'", url),
                    "link to the page's .md file by a relative path, for example '../about/methodology.md', "
                    "so links work wherever the site is published");
        return std::nullopt;
    }
    if (!ends_with_md(path)) return std::nullopt;  // a download or image beside the page

    auto target_path = join_content_path(from_path, path);
    const Route* to = target(target_path, url, fragment, from.publication, pos, diags,
                             "write the path of the .md file relative to this file, for example "
                             "'../about/glossary.md'");
    if (!to) return std::nullopt;
    std::string href = link_between(from, *to, base_path_);
    if (!fragment.empty()) href += "#" + fragment;
    return href;
}

const Route* LinkResolver::target(const std::optional<std::string>& target_path, const std::string& url,
                                  const std::string& fragment, Publication from, const SourcePos& pos,
                                  Diagnostics& diags, const std::string& how) const {
    const Route* target = target_path ? routes_.find(*target_path) : nullptr;
    if (!target) {
        if (target_path && routes_.draft_paths.count(*target_path)) {
            diags.error(pos, fmt::format("link to '{}', which is a draft and will not be published", url),
                        "remove the link, or publish that page by removing 'draft: true'");
            return nullptr;
        }
        if (auto s = target_path ? routes_.scheduled_paths.find(*target_path) : routes_.scheduled_paths.end();
            s != routes_.scheduled_paths.end()) {
            diags.error(pos,
                        fmt::format("link to '{}', which is dated {} and will not be published until then", url,
                                    s->second.display()),
                        "remove the link until that day, or change the 'date' of that page");
            return nullptr;
        }
        std::vector<std::string> candidates;
        for (const auto& [p, _] : routes_.by_content_path) candidates.push_back(p);
        std::string shown = target_path ? "content/" + *target_path : url;
        diags.error(pos, fmt::format("link to '{}', but there is no page {}", url, shown),
                    did_you_mean(target_path.value_or(url.substr(0, url.find('#'))), candidates, how));
        return nullptr;
    }
    // Only a preview routes unpublished pages: warn now what `build` will refuse.
    if (target->publication != Publication::published && from == Publication::published) {
        diags.warning(pos, fmt::format("link to '{}', which is not published yet", url),
                      "'candour build' will report this link as an error until that page is published");
    }
    if (!fragment.empty()) check_anchor_later({*target_path, fragment, url, pos, false});
    return target;
}

void LinkResolver::check_data_link(const std::string& url, const SourcePos& pos, Diagnostics& diags) const {
    DataLink link = read_data_link(url);
    switch (link.kind) {
        case DataLink::Kind::same_page:
            diags.error(pos, fmt::format("link '{}' in a data file points at a heading of no page", url),
                        "text from a data file is shown on several pages: name the page's .md file from the top "
                        "of content/, for example 'about/methodology.md#symbols'");
            return;
        case DataLink::Kind::climbs_out:
            diags.error(pos, fmt::format("link '{}' climbs out of the content folder", url),
                        "links in data files are written from the top of content/: 'about/methodology.md', "
                        "not '../../about/methodology.md'");
            return;
        case DataLink::Kind::page:
            target(link.path, url, link.fragment, Publication::published, pos, diags,
                   "links in data files are written from the top of content/, for example "
                   "'about/glossary.md'");
            return;
        default:
            return;  // another site, or a download (not checked, as in pages)
    }
}

}  // namespace candour
