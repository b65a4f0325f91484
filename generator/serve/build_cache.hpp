#pragma once
// What `candour serve` keeps between rebuilds, so that editing one page does
// not redo the work for every other page:
// - each content file's parsed front matter and body, by path and exact text;
// - each rendered page, by its layout and view model, for as long as the
//   templates stay the same.
// Both are memos of pure functions, compared on their whole inputs (not a
// hash), so a rebuild gives byte for byte what a clean build would (tested).
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "build/build.hpp"

namespace candour {

struct CacheStats {
    int content_hits = 0;
    int content_misses = 0;
    int page_hits = 0;
    int page_misses = 0;
};

class BuildCache final : public PageCache {
public:
    // The hooks to pass to render_in_memory; valid while this cache lives.
    BuildReuse reuse();

    // Counts since the last call, for the benchmark and tests.
    CacheStats take_stats();

    void start_build(const TemplateSet& templates, const nlohmann::json& shared) override;
    std::string page(const std::string& path, const std::string& layout, const nlohmann::json& view,
                     const std::function<std::string()>& render) override;

private:
    std::optional<ContentFile> parse_content(const std::string& path, const std::string& text, Diagnostics& diags);

    struct ParsedContent {
        std::string text;
        std::optional<ContentFile> file;
        std::vector<Diagnostic> problems;
    };
    struct RenderedPage {
        std::string layout;
        std::string view;  // the view model as JSON text
        std::string bytes;
    };

    std::mutex mutex_;
    std::map<std::string, ParsedContent> content_;  // by content file path: one entry a file
    std::map<std::string, RenderedPage> pages_;     // by output path: one entry a page
    std::string templates_;                         // every layout and partial of the last build
    std::atomic<int> content_hits_{0}, content_misses_{0}, page_hits_{0}, page_misses_{0};
};

}  // namespace candour
