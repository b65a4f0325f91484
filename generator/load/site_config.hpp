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
    SourcePos pos;       // of the target, for "no such page" errors
};

struct Contact {
    std::string email;
    std::string phone;
    std::string address;
};

// disclosure: how small figures are protected. Safe defaults.
struct DisclosureRules {
    enum class Method { suppress, round } method = Method::suppress;
    int min_count = 5;            // suppress: counts from 1 to min_count - 1 become [c]
    int min_base = 10;            // percentages, medians and scores with a smaller base become [c]
    bool suppress_zeros = false;  // zeros are shown unless this is true
    int rounding_base = 5;        // round: every count to the nearest multiple of this
    // A hidden figure's possible values, as a reader can work them out from
    // everything published, must span at least this much.
    int protection_width = 3;
};

// privacy: what the privacy gate looks for beyond its built-in patterns.
struct PrivacySettings {
    std::vector<std::pair<std::string, SourcePos>> crime_reference_patterns;  // regular expressions
    std::vector<std::string> terms;  // names and words that must never be published
    std::vector<std::string> allow;  // the organisation's own public contacts and similar
};

struct SiteConfig {
    std::string title;
    std::string organisation;
    std::string base_url;  // always ends with '/'
    // The language of the pages being built (the default's for the site as
    // loaded); with `languages`, each other one is built under /<tag>/.
    std::string language = "en-GB";
    SourcePos language_pos;
    // languages: the site's languages, the default first; just `language`
    // when site.yaml does not list them.
    std::vector<std::string> languages = {"en-GB"};
    SourcePos languages_pos;
    // Texts in this language's reading that had no value in it (TextLanguage).
    std::vector<SourcePos> untranslated;
    std::string description;
    std::string theme = "default";
    SourcePos theme_pos;
    std::vector<NavItem> navigation;
    Contact contact;
    bool unsafe_html = false;  // markdown.unsafe_html: let raw HTML through
    DisclosureRules disclosure;
    PrivacySettings privacy;
    // False when site.yaml could not be read or had any error. The privacy
    // gate then waits until it is fixed: with a contact or privacy setting
    // lost to the error, every page showing the organisation's own contact
    // details would be reported.
    bool privacy_settings_ok = true;
    bool charts_interactive = false;  // charts.interactive: tooltips by self-hosted vega-embed
    SourcePos charts_pos;             // of charts.interactive, for problems with the scripts
    bool spreadsheets = true;         // downloads.spreadsheets: an .xlsx beside each KPI download CSV
    // bodies: the organisations that inspection recommendations are
    // addressed to, named once so every tracker's 'addressed_to' and
    // 'responding_for' can be checked against them (docs/site-config.md).
    std::vector<std::string> bodies;
    bool bodies_declared = false;  // 'bodies:' is in site.yaml
    // pdf: true (or `candour build --pdf`): a tagged PDF of each report page
    // beside it, for print and panel papers (docs/pdf.md).
    bool pdf = false;
};

inline constexpr const char* site_config_file = "site.yaml";

// Reads and checks site.yaml; problems go to `diags` and defaults fill the gaps.
SiteConfig load_site_config(const FileSystem& fs, Diagnostics& diags);

// site.yaml read again for one of its other languages: its texts for
// readers (title, organisation, description, navigation) in `language`.
// Problems were reported by the first reading; only `untranslated` is new.
SiteConfig site_config_in(const FileSystem& fs, const SiteConfig& site, const std::string& language);

// The folder a language's pages are published in: "" for the default
// language, "cy/" for Welsh.
std::string language_folder(const SiteConfig& config, const std::string& language);

}  // namespace candour
