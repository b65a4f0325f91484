#include "load/language_tree.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "load/accountability_load.hpp"
#include "load/language_tag.hpp"

namespace candour {

namespace {

// "content/_index.cy.md" is a translation into "cy" when the site has it.
std::string translation_language(const std::string& path, const SiteConfig& config) {
    for (std::size_t i = 1; i < config.languages.size(); ++i) {
        std::string ending = "." + config.languages[i] + ".md";
        if (path.size() > ending.size() + 8 && path.compare(path.size() - ending.size(), ending.size(), ending) == 0)
            return config.languages[i];
    }
    return {};
}

// "content/_index.cy.md" -> "cy": a language tag before ".md", or "".
std::string language_suffix(const std::string& path) {
    if (path.size() < 4 || path.compare(path.size() - 3, 3, ".md") != 0) return {};
    std::string stem = path.substr(0, path.size() - 3);
    auto dot = stem.rfind('.');
    auto slash = stem.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
    std::string tag = stem.substr(dot + 1);
    return is_language_tag(tag) ? tag : std::string();
}

}  // namespace

std::map<std::string, std::vector<ContentFile>> take_translations(std::vector<ContentFile>& content,
                                                                  const SiteConfig& config, Diagnostics& diags) {
    std::map<std::string, std::vector<ContentFile>> out;
    // "page.cy.md" on a site without Welsh: a translation waiting for its
    // language, never a page of its own at /page-cy/.
    auto unpublished = std::stable_partition(content.begin(), content.end(), [&](const ContentFile& f) {
        std::string tag = language_suffix(f.path);
        return tag.empty() ||
               std::find(config.languages.begin(), config.languages.end(), tag) != config.languages.end();
    });
    for (auto it = unpublished; it != content.end(); ++it) {
        diags.warning({it->path, 1, 1},
                      fmt::format("this page is a translation into '{}', which is not in site.yaml's 'languages', so "
                                  "it is not published",
                                  language_suffix(it->path)),
                      "add the language to 'languages' in site.yaml to publish it, or rename the file");
    }
    content.erase(unpublished, content.end());
    if (config.languages.size() < 2) return out;
    auto kept = std::stable_partition(content.begin(), content.end(), [&](const ContentFile& f) {
        return translation_language(f.path, config).empty();
    });
    for (auto it = kept; it != content.end(); ++it) {
        std::string language = translation_language(it->path, config);
        it->translation = language;
        out[language].push_back(std::move(*it));
    }
    content.erase(kept, content.end());
    return out;
}

SourceTree tree_in_language(const SourceTree& site, const FileSystem& fs, const std::string& language,
                            std::vector<ContentFile> pages) {
    SourceTree tree;
    tree.config = site_config_in(fs, site.config, language);
    tree.templates = site.templates;
    if (auto it = site.templates.other_messages.find(language); it != site.templates.other_messages.end())
        tree.templates.messages = it->second;
    tree.templates.other_messages.clear();
    Diagnostics reported_already;
    std::vector<SourcePos> untranslated;
    TextLanguage reading{language, site.config.languages, &untranslated};
    tree.accountability = load_accountability(fs, reported_already, &reading);
    tree.accountability.today = site.accountability.today;
    tree.config.untranslated.insert(tree.config.untranslated.end(), untranslated.begin(), untranslated.end());
    tree.releases = site.releases;
    tree.content = std::move(pages);
    return tree;
}

}  // namespace candour
