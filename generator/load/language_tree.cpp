#include "load/language_tree.hpp"

#include <algorithm>

#include "load/accountability_load.hpp"

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

}  // namespace

std::map<std::string, std::vector<ContentFile>> take_translations(std::vector<ContentFile>& content,
                                                                  const SiteConfig& config) {
    std::map<std::string, std::vector<ContentFile>> out;
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
