#pragma once
// A bilingual site (site.yaml `languages`) is built once per language. The
// default language's pages are the site as loaded; each other language's
// are read from the same files in that language: site.yaml's and the data
// files' texts for readers given per language (`title: {en-GB: ..., cy:
// ...}`), the theme's catalogue in that language, and the pages translated
// beside their originals (content/_index.cy.md beside content/_index.md).
#include <map>
#include <string>
#include <vector>

#include "load/load.hpp"

namespace candour {

// The translations in `content`, taken out of it by language: a file named
// "<name>.<tag>.md" where <tag> is one of the site's other languages. One
// in a language the site does not publish is left out, with a warning.
std::map<std::string, std::vector<ContentFile>> take_translations(std::vector<ContentFile>& content,
                                                                  const SiteConfig& config, Diagnostics& diags);

// The site as `language` reads it, with `pages` (its translations) as its
// content. The texts that have no value in `language` are listed in the
// result's config.untranslated; problems with the files themselves were
// reported when the site was loaded.
SourceTree tree_in_language(const SourceTree& site, const FileSystem& fs, const std::string& language,
                            std::vector<ContentFile> pages);

}  // namespace candour
