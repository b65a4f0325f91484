#include "serve/build_cache.hpp"

#include "load/front_matter.hpp"

namespace candour {

namespace {

// Every byte that can change a rendered page besides its view model: the
// templates and the data every page shares (the theme's words). Assets are
// copied, not rendered, so they are not part of it.
std::string templates_key(const TemplateSet& templates, const nlohmann::json& shared) {
    std::string key = shared.dump();
    key += '\x01';
    for (const auto* group : {&templates.layouts, &templates.partials}) {
        for (const auto& [name, t] : *group) {
            key += name;
            key += '\0';
            key += t.source;
            key += '\0';
        }
        key += '\x01';
    }
    return key;
}

// Text nlohmann cannot write (invalid UTF-8) gives no key: such a page is
// just rendered every time. Load rejects invalid UTF-8 anyway.
std::optional<std::string> view_key(const nlohmann::json& view) {
    try {
        return view.dump();
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

}  // namespace

BuildReuse BuildCache::reuse() {
    BuildReuse reuse;
    reuse.parse_content = [this](const std::string& path, const std::string& text, Diagnostics& diags) {
        return parse_content(path, text, diags);
    };
    reuse.pages = this;
    return reuse;
}

CacheStats BuildCache::take_stats() {
    return {content_hits_.exchange(0), content_misses_.exchange(0), page_hits_.exchange(0), page_misses_.exchange(0)};
}

std::optional<ContentFile> BuildCache::parse_content(const std::string& path, const std::string& text,
                                                     Diagnostics& diags) {
    std::lock_guard lock(mutex_);
    auto it = content_.find(path);
    if (it == content_.end() || it->second.text != text) {
        ++content_misses_;
        Diagnostics found;
        auto file = parse_content_file(path, text, found);
        it = content_.insert_or_assign(path, ParsedContent{text, std::move(file), found.sorted()}).first;
    } else {
        ++content_hits_;
    }
    // The problems of an unchanged file are reported again: every build lists all of them.
    for (const auto& d : it->second.problems) diags.add(d);
    return it->second.file;
}

void BuildCache::start_build(const TemplateSet& templates, const nlohmann::json& shared) {
    std::string key = templates_key(templates, shared);
    std::lock_guard lock(mutex_);
    if (key == templates_) return;
    templates_ = std::move(key);
    pages_.clear();
}

std::string BuildCache::page(const std::string& path, const std::string& layout, const nlohmann::json& view,
                             const std::function<std::string()>& render) {
    auto key = view_key(view);
    if (key) {
        std::lock_guard lock(mutex_);
        auto it = pages_.find(path);
        if (it != pages_.end() && it->second.layout == layout && it->second.view == *key) {
            ++page_hits_;
            return it->second.bytes;
        }
    }
    ++page_misses_;
    std::string bytes = render();  // outside the lock: pages render in parallel
    if (key) {
        std::lock_guard lock(mutex_);
        pages_.insert_or_assign(path, RenderedPage{layout, std::move(*key), bytes});
    }
    return bytes;
}

}  // namespace candour
