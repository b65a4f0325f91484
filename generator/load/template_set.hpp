#pragma once
// The theme's layouts, partials and assets, with the site's overrides on top.
#include <map>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "load/site_config.hpp"
#include "load/theme_settings.hpp"
#include "messages/messages.hpp"

namespace candour {

struct TemplateTag {
    char kind;  // '>' partial, '&' unescaped variable, '#' section, '^' inverted, '/' close, ' ' variable
    std::string name;
    SourcePos pos;
};

struct TemplateFile {
    std::string name;          // "page" for layouts/page.mustache
    std::string display_path;  // where it came from, for messages
    std::string source;
    std::vector<TemplateTag> tags;
};

struct AssetFile {
    std::string output_path;  // "assets/css/main.css"
    std::string bytes;
    std::string display_path;  // where it came from, for messages
};

struct TemplateSet {
    std::map<std::string, TemplateFile> layouts;
    std::map<std::string, TemplateFile> partials;
    std::vector<AssetFile> assets;  // sorted by output path
    Messages messages;              // messages/<language>.po, overrides first
    // The catalogues of the site's other languages (site.yaml `languages`).
    std::map<std::string, Messages> other_messages;
    // Each of the site's languages named in itself ("Cymraeg"): its
    // catalogue's language.name, for the language switcher.
    std::map<std::string, std::string> language_names;
    ThemeSettings settings;  // theme.yaml, overrides first
};

// Where the site's own overrides live, relative to the site folder.
inline constexpr const char* template_overrides_dir = "templates/overrides";

// Loads the theme named in site.yaml (from the site's templates/ folder, or
// the themes installed with candour), then lets files in
// templates/overrides/ replace any layout, partial or asset of the same name,
// and its messages/<language>.po and theme.yaml replace single messages and
// settings of the theme's.
TemplateSet load_templates(const FileSystem& site_fs, const SiteConfig& config, const std::string& installed_themes_dir,
                           Diagnostics& diags);

// Lists the tags of a template and reports syntax candour does not allow.
std::vector<TemplateTag> scan_template_tags(const std::string& display_path, const std::string& source,
                                            Diagnostics& diags);

}  // namespace candour
