#include "load/load.hpp"

#include <algorithm>
#include <future>
#include <optional>

#include "io/parallel.hpp"
#include "load/accountability_load.hpp"
#include "load/front_matter.hpp"
#include "load/refused_files.hpp"
#include "load/release_calendar_load.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

bool is_markdown(const std::string& path) {
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

// Editors' hidden files and backups ("~") are nobody's attempt to publish.
bool is_editor_file(const std::string& path) {
    std::string name = path.substr(path.rfind('/') + 1);
    return name.empty() || name[0] == '.' || name.back() == '~';
}

// A picture or a PDF dropped into content/ would otherwise vanish silently.
void warn_not_published(const std::string& path, Diagnostics& diags) {
    diags.warning({path, 1, 1}, "this file is not published: content/ holds the site's pages, written as .md files",
                  "move it out of content/; to publish a page, give it a name ending in .md");
}

bool is_document(const std::string& path, const Accountability& a) {
    return std::any_of(a.documents.begin(), a.documents.end(),
                       [&](const PublishedDocument& d) { return d.source == path; });
}

}  // namespace

SourceTree load_settings(const FileSystem& fs, const std::string& installed_themes_dir, Diagnostics& diags) {
    SourceTree tree;
    // The walk of content/ for files candour will not read is the kernel's
    // work on every folder of the site: the settings are read meanwhile.
    auto content_refusals = std::async(std::launch::async, [&] { report_refused_files(fs, content_dir, "", diags); });
    for (const char* dir : {site_config_file, "data"}) report_refused_files(fs, dir, "", diags);
    tree.config = load_site_config(fs, diags);
    TextLanguage reading{tree.config.language, tree.config.languages, nullptr};
    tree.accountability = load_accountability(fs, diags, &reading);
    tree.templates = load_templates(fs, tree.config, installed_themes_dir, diags);
    tree.releases = load_release_calendar(fs, diags);
    content_refusals.get();
    return tree;
}

// Pages are read and parsed on every core (front matter is most of the load
// stage at national scale); they are kept in the listing's order.
std::vector<ContentFile> load_content(const FileSystem& fs, Diagnostics& diags, const ContentParser& parse,
                                      const Accountability& a, int jobs) {
    std::vector<std::string> pages;
    for (auto& path : fs.list_files(content_dir)) {
        if (is_markdown(path))
            pages.push_back(std::move(path));
        else if (!is_editor_file(path) && !is_document(path, a))
            warn_not_published(path, diags);
    }
    std::vector<std::optional<ContentFile>> parsed(pages.size());
    parallel_for(pages.size(), worker_count(jobs, pages.size()), [&](std::size_t i, int) {
        auto text = read_text_file(fs, pages[i], diags);
        if (text) parsed[i] = parse ? parse(pages[i], *text, diags) : parse_content_file(pages[i], *text, diags);
    });
    std::vector<ContentFile> files;
    files.reserve(parsed.size());
    for (auto& file : parsed) {
        if (file) files.push_back(std::move(*file));
    }
    return files;
}

SourceTree load(const FileSystem& fs, const std::string& installed_themes_dir, Diagnostics& diags,
                const ContentParser& parse, int jobs) {
    SourceTree tree = load_settings(fs, installed_themes_dir, diags);
    tree.content = load_content(fs, diags, parse, tree.accountability, jobs);
    return tree;
}

}  // namespace candour
