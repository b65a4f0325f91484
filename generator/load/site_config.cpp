#include "load/site_config.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>

#include "load/language_tag.hpp"
#include "load/text_file.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

namespace {

const std::vector<std::string> top_level_keys = {
    "title",   "organisation", "base_url",   "language", "languages", "description", "theme", "navigation",
    "contact", "markdown",     "disclosure", "privacy",  "charts",    "downloads",   "pdf",   "bodies"};

void read_navigation(const YAML::Node& list, YamlFields& fields, SiteConfig& config) {
    if (!list) return;
    if (!list.IsSequence()) {
        fields.diags().error(fields.pos(list), "'navigation' must be a list",
                             "write each item on its own line starting '- title: ...' with 'url: ...' below");
        return;
    }
    for (const auto& item : list) {
        if (!item.IsMap()) {
            fields.diags().error(fields.pos(item), "each navigation item needs a 'title' and a 'url'",
                                 "for example '- title: Reports' and, indented below, 'url: reports/_index.md'");
            continue;
        }
        fields.check_keys(item, {"title", "url"}, "navigation item");
        auto title = fields.text(item, "title", true);
        auto url = fields.string(item, "url", true);
        if (title && url) config.navigation.push_back({*title, *url, fields.pos(item["url"])});
    }
}

void read_contact(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'contact' must have 'email', 'phone' and 'address' below it",
                             "indent each of them under 'contact:'");
        return;
    }
    fields.check_keys(map, {"email", "phone", "address"}, "contact");
    config.contact.email = fields.string(map, "email").value_or("");
    config.contact.phone = fields.string(map, "phone").value_or("");
    config.contact.address = fields.string(map, "address").value_or("");
}

void read_markdown(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'markdown' must have settings below it",
                             "for example 'unsafe_html: false'");
        return;
    }
    fields.check_keys(map, {"unsafe_html"}, "markdown");
    config.unsafe_html = fields.boolean(map, "unsafe_html").value_or(false);
}

void read_disclosure(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'disclosure' must have settings below it", "see docs/disclosure.md");
        return;
    }
    fields.check_keys(map, {"method", "min_count", "min_base", "suppress_zeros", "rounding_base", "protection_width"},
                      "disclosure");
    auto& rules = config.disclosure;
    if (auto method = fields.string(map, "method")) {
        if (*method == "round")
            rules.method = DisclosureRules::Method::round;
        else if (*method != "suppress") {
            fields.diags().error(
                fields.pos(map["method"]), fmt::format("unknown disclosure method '{}'", *method),
                "use 'suppress' (small counts shown as [c]) or 'round' (counts rounded to the nearest 5)");
        }
    }
    auto at_least = [&](const char* key, int minimum, int& into) {
        auto n = fields.integer(map, key);
        if (!n) return;
        if (*n < minimum) {
            fields.diags().error(fields.pos(map[key]), fmt::format("'{}' must be at least {}", key, minimum),
                                 "lowering the threshold makes small, identifying figures public");
            return;
        }
        into = *n;
    };
    at_least("min_count", 2, rules.min_count);
    at_least("min_base", 2, rules.min_base);
    at_least("rounding_base", 2, rules.rounding_base);
    at_least("protection_width", 2, rules.protection_width);
    rules.suppress_zeros = fields.boolean(map, "suppress_zeros").value_or(false);
}

void read_privacy(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'privacy' must have settings below it", "see docs/disclosure.md");
        return;
    }
    fields.check_keys(map, {"crime_reference_patterns", "terms", "allow"}, "privacy");
    auto& p = config.privacy;
    const YAML::Node patterns = map["crime_reference_patterns"];
    auto texts = fields.string_list(map, "crime_reference_patterns");
    for (std::size_t i = 0; i < texts.size(); ++i)
        p.crime_reference_patterns.emplace_back(texts[i], fields.pos(patterns[i]));
    p.terms = fields.string_list(map, "terms");
    p.allow = fields.string_list(map, "allow");
}

void read_charts(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'charts' must have settings below it",
                             "for example 'interactive: false'");
        return;
    }
    fields.check_keys(map, {"interactive"}, "charts");
    config.charts_interactive = fields.boolean(map, "interactive").value_or(false);
    config.charts_pos = map["interactive"] ? fields.pos(map["interactive"]) : fields.pos(map);
}

void read_downloads(const YAML::Node& map, YamlFields& fields, SiteConfig& config) {
    if (!map) return;
    if (!map.IsMap()) {
        fields.diags().error(fields.pos(map), "'downloads' must have settings below it",
                             "for example 'spreadsheets: true'");
        return;
    }
    fields.check_keys(map, {"spreadsheets"}, "downloads");
    config.spreadsheets = fields.boolean(map, "spreadsheets").value_or(true);
}

// bodies: a list of names, each once.
void read_bodies(const YAML::Node& root, YamlFields& fields, SiteConfig& config) {
    const YAML::Node list = root["bodies"];
    if (!list) return;
    config.bodies_declared = true;
    if (!list.IsSequence()) {
        fields.diags().error(fields.pos(list), "'bodies' must be a list of names",
                             "write one '- name' per line below 'bodies:', such as '- Chief constables'");
        return;
    }
    for (const auto& item : list) {
        const SourcePos pos = fields.pos(item);
        if (!item.IsScalar() || item.Scalar().empty()) {
            fields.diags().error(pos, "each item of 'bodies' must be a name", "write the body's name, such as 'CPS'");
        } else if (std::find(config.bodies.begin(), config.bodies.end(), item.Scalar()) != config.bodies.end()) {
            fields.diags().error(pos, fmt::format("'{}' is listed twice in 'bodies'", item.Scalar()),
                                 "remove one of them");
        } else {
            config.bodies.push_back(item.Scalar());
        }
    }
}

void read_base_url(YamlFields& fields, const YAML::Node& root, SiteConfig& config) {
    auto url = fields.string(root, "base_url", true);
    if (!url) return;
    if (url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0) {
        fields.diags().error(fields.pos(root["base_url"]), fmt::format("base_url '{}' is not a web address", *url),
                             "write the full address the site is published at, for example "
                             "'https://www.example.org/rasso/'");
        return;
    }
    config.base_url = *url;
    if (config.base_url.back() != '/') config.base_url += '/';
}

// language and languages: which languages the site is in, the default
// first. Read before any text, which may be given per language.
void read_languages(const YAML::Node& root, YamlFields& fields, SiteConfig& config) {
    config.language = fields.string(root, "language").value_or("");
    config.language_pos = root["language"] ? fields.pos(root["language"]) : fields.source().start();
    const YAML::Node list = root["languages"];
    if (!list) {
        if (config.language.empty()) config.language = "en-GB";
        config.languages = {config.language};
        return;
    }
    config.languages_pos = fields.pos(list);
    std::vector<std::string> tags;
    for (const auto& item : fields.string_list(root, "languages")) {
        if (!is_language_tag(item)) {
            fields.diags().error(config.languages_pos, fmt::format("'{}' in 'languages' is not a language tag", item),
                                 language_tag_hint);
        } else if (std::find(tags.begin(), tags.end(), item) != tags.end()) {
            fields.diags().error(config.languages_pos, fmt::format("'{}' is listed twice in 'languages'", item),
                                 "remove one of them");
        } else {
            tags.push_back(item);
        }
    }
    if (tags.empty()) {
        fields.diags().error(config.languages_pos, "'languages' lists no language",
                             "write the site's languages, the default first, such as 'languages: [en-GB, cy]'");
        tags.push_back(config.language.empty() ? "en-GB" : config.language);
    }
    if (config.language.empty()) config.language = tags.front();
    auto def = std::find(tags.begin(), tags.end(), config.language);
    if (def == tags.end()) {
        fields.diags().error(
            config.language_pos, fmt::format("the default language '{}' is not in 'languages'", config.language),
            fmt::format("add it to 'languages', or set 'language' to one of: {}", fmt::join(tags, ", ")));
        config.language = tags.front();
    } else {
        std::rotate(tags.begin(), def, def + 1);  // the default first
    }
    config.languages = std::move(tags);
}

// The texts for readers, in the language `fields` reads.
void read_site_texts(const YAML::Node& root, YamlFields& fields, SiteConfig& config) {
    config.title = fields.text(root, "title", true).value_or("");
    config.organisation = fields.text(root, "organisation", true).value_or("");
    config.description = fields.text(root, "description").value_or("");
    read_navigation(root["navigation"], fields, config);
}

}  // namespace

std::string language_folder(const SiteConfig& config, const std::string& language) {
    if (config.languages.empty() || language == config.languages.front()) return "";
    return language + "/";
}

SiteConfig site_config_in(const FileSystem& fs, const SiteConfig& site, const std::string& language) {
    SiteConfig config = site;
    config.language = language;
    config.navigation.clear();
    Diagnostics reported_already;
    auto text = read_text_file(fs, site_config_file, reported_already);
    if (!text) return config;
    YamlSource src{site_config_file, *text, 0};
    auto root = parse_yaml(src, *text, reported_already);
    if (!root || !root->IsMap()) return config;
    TextLanguage reading{language, site.languages, &config.untranslated};
    YamlFields fields(src, reported_already, &reading);
    read_site_texts(*root, fields, config);
    return config;
}

SiteConfig load_site_config(const FileSystem& fs, Diagnostics& diags) {
    SiteConfig config;
    int errors_before = diags.error_count();
    config.privacy_settings_ok = false;  // until the whole file has been read without an error
    auto text = read_text_file(fs, site_config_file, diags);
    if (!text) {
        if (!fs.is_file(site_config_file)) {
            diags.error({site_config_file, 1, 1}, "site.yaml not found",
                        "run candour in the site's folder, or pass --source DIR");
        }
        return config;
    }
    YamlSource src{site_config_file, *text, 0};
    auto root = parse_yaml(src, *text, diags);
    if (!root) return config;
    if (!root->IsMap()) {
        diags.error(src.start(), "site.yaml must be a list of settings such as 'title: ...'",
                    "see docs/getting-started.md for an example");
        return config;
    }
    YamlFields setup(src, diags);
    setup.check_keys(*root, top_level_keys, "site.yaml");
    read_languages(*root, setup, config);
    TextLanguage reading{config.language, config.languages, nullptr};
    YamlFields fields(src, diags, &reading);
    read_site_texts(*root, fields, config);
    if (auto theme = fields.string(*root, "theme")) {
        config.theme_pos = fields.pos((*root)["theme"]);
        // A folder name, never a path: "../.." must not lead out of templates/.
        bool plain = !theme->empty() && std::all_of(theme->begin(), theme->end(), [](unsigned char c) {
            return std::isalnum(c) || c == '-' || c == '_';
        });
        if (plain) {
            config.theme = *theme;
        } else {
            diags.error(config.theme_pos, fmt::format("the theme name '{}' is not a folder name", *theme),
                        "write the name of a folder in templates/, such as 'default', using letters, digits, "
                        "'-' and '_'");
        }
    } else {
        config.theme_pos = src.start();
    }
    read_base_url(fields, *root, config);
    read_contact((*root)["contact"], fields, config);
    read_markdown((*root)["markdown"], fields, config);
    read_disclosure((*root)["disclosure"], fields, config);
    read_privacy((*root)["privacy"], fields, config);
    read_charts((*root)["charts"], fields, config);
    read_downloads((*root)["downloads"], fields, config);
    config.pdf = fields.boolean(*root, "pdf").value_or(false);
    read_bodies(*root, fields, config);
    config.privacy_settings_ok = diags.error_count() == errors_before;
    return config;
}

}  // namespace candour
