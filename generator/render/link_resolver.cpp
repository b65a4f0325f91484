#include "render/link_resolver.hpp"

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"
#include "render/markdown_document.hpp"

namespace candour {

namespace {

bool has_scheme(const std::string& url) {
    // RFC 3986: a letter, then letters, digits, '+', '-' or '.', then ':'.
    if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
    for (char c : url) {
        if (c == ':') return true;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    }
    return false;
}

bool ends_with_md(const std::string& path) {
    return path.size() >= 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

}  // namespace

std::optional<std::string> join_content_path(const std::string& from_content_path, const std::string& relative) {
    std::vector<std::string> parts;
    auto slash = from_content_path.rfind('/');
    std::string base = slash == std::string::npos ? "" : from_content_path.substr(0, slash);
    std::string joined = base.empty() ? relative : base + "/" + relative;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find('/', start);
        if (end == std::string::npos) end = joined.size();
        std::string part = joined.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

bool LinkResolver::has_anchor(const std::string& content_path, const std::string& id) const {
    auto it = documents_.find(content_path);
    return it != documents_.end() && it->second->has_anchor(id);
}

std::string LinkResolver::anchor_hint(const std::string& content_path) const {
    auto it = documents_.find(content_path);
    std::vector<std::string> ids;
    if (it != documents_.end()) {
        for (const auto& h : it->second->headings()) ids.push_back(h.id);
    }
    if (ids.empty()) return "that page has no headings to link to; remove the '#...' part";
    return "headings there: " + fmt::format("{}", fmt::join(ids, ", "));
}

std::optional<std::string> LinkResolver::resolve(const Route& from, const std::string& url, const SourcePos& pos,
                                                 Diagnostics& diags) const {
    if (has_scheme(url) || url.rfind("//", 0) == 0) return std::nullopt;  // another site, or mailto:
    std::string from_path = from.file ? from.file->content_path() : "";
    auto hash = url.find('#');
    std::string path = url.substr(0, hash);
    std::string fragment = hash == std::string::npos ? "" : url.substr(hash + 1);

    if (path.empty()) {  // "#heading" on the same page
        if (!fragment.empty() && !has_anchor(from_path, fragment)) {
            diags.error(pos, fmt::format("no heading '#{}' on this page", fragment), anchor_hint(from_path));
        }
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
    const Route* target = target_path ? routes_.find(*target_path) : nullptr;
    if (!target) {
        if (target_path && routes_.draft_paths.count(*target_path)) {
            diags.error(pos, fmt::format("link to '{}', which is a draft and will not be published", url),
                        "remove the link, or publish that page by removing 'draft: true'");
            return std::nullopt;
        }
        if (auto s = target_path ? routes_.scheduled_paths.find(*target_path) : routes_.scheduled_paths.end();
            s != routes_.scheduled_paths.end()) {
            diags.error(pos,
                        fmt::format("link to '{}', which is dated {} and will not be published until then", url,
                                    s->second.display()),
                        "remove the link until that day, or change the 'date' of that page");
            return std::nullopt;
        }
        std::vector<std::string> candidates;
        for (const auto& [p, _] : routes_.by_content_path) candidates.push_back(p);
        std::string shown = target_path ? "content/" + *target_path : url;
        diags.error(pos, fmt::format("link to '{}', but there is no page {}", url, shown),
                    did_you_mean(target_path.value_or(path), candidates,
                                 "write the path of the .md file relative to this file, for example "
                                 "'../about/glossary.md'"));
        return std::nullopt;
    }
    // Only a preview routes unpublished pages: warn now what `build` will refuse.
    if (target->publication != Publication::published && from.publication == Publication::published) {
        diags.warning(pos, fmt::format("link to '{}', which is not published yet", url),
                      "'candour build' will report this link as an error until that page is published");
    }
    if (!fragment.empty() && !has_anchor(*target_path, fragment)) {
        diags.error(pos, fmt::format("link to '{}', but that page has no heading '#{}'", url, fragment),
                    anchor_hint(*target_path));
    }
    std::string href = link_between(from, *target, base_path_);
    if (!fragment.empty()) href += "#" + fragment;
    return href;
}

}  // namespace candour
