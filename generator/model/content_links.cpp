#include "model/content_links.hpp"

#include <cctype>
#include <vector>

namespace candour {

namespace {

bool ends_with_md(const std::string& path) {
    return path.size() >= 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

}  // namespace

bool has_scheme(const std::string& url) {
    if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
    for (char c : url) {
        if (c == ':') return true;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    }
    return false;
}

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

DataLink read_data_link(const std::string& url) {
    DataLink link;
    if (has_scheme(url) || url.rfind("//", 0) == 0) return link;
    auto hash = url.find('#');
    std::string path = url.substr(0, hash);
    link.fragment = hash == std::string::npos ? "" : url.substr(hash + 1);
    if (path.empty()) {
        link.kind = DataLink::Kind::same_page;
        return link;
    }
    if (path[0] == '/') path.erase(0, 1);
    auto joined = join_content_path("", path);
    if (!joined) {
        link.kind = DataLink::Kind::climbs_out;
        return link;
    }
    link.path = *joined;
    link.kind = ends_with_md(path) ? DataLink::Kind::page : DataLink::Kind::file;
    return link;
}

std::string data_link_href(const Routes& routes, const Route& from, const std::string& url,
                           const std::string& base_path) {
    DataLink link = read_data_link(url);
    std::string href;
    if (link.kind == DataLink::Kind::page) {
        const Route* to = routes.find(link.path);
        if (!to) return url;
        href = link_between(from, *to, base_path);
    } else if (link.kind == DataLink::Kind::file) {
        href = link_to_root(from, base_path) + link.path;
    } else {
        return url;
    }
    return link.fragment.empty() ? href : href + "#" + link.fragment;
}

}  // namespace candour
