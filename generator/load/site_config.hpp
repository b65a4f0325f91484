#pragma once
// site.yaml: who publishes the site and how it is put together.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"

namespace candour {

struct NavItem {
    std::string title;
    std::string target;  // a content path ("reports/_index.md") or an https:// URL
    SourcePos pos;        // of the target, for "no such page" errors
};

struct Contact {
    std::string email;
    std::string phone;
    std::string address;
};

struct SiteConfig {
    std::string title;
    std::string organisation;
    std::string base_url;     // always ends with '/'
    std::string language = "en-GB";
    std::string description;
    std::string theme = "default";
    SourcePos theme_pos;
    std::vector<NavItem> navigation;
    Contact contact;
    bool unsafe_html = false;  // markdown.unsafe_html: let raw HTML through
    bool charts_interactive = false;  // charts.interactive: tooltips by self-hosted vega-embed
    SourcePos charts_pos;             // of charts.interactive, for problems with the scripts
};

inline constexpr const char* site_config_file = "site.yaml";

// Reads and checks site.yaml; problems go to `diags` and defaults fill the gaps.
SiteConfig load_site_config(const FileSystem& fs, Diagnostics& diags);

}  // namespace candour
