#include "load/template_set.hpp"

#include <fmt/format.h>

#include <charconv>
#include <kainjow/mustache.hpp>
#include <memory>

#include "diagnostics/text_position.hpp"
#include "load/refused_files.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

constexpr std::string_view template_ext = ".mustache";

struct Layer {
    const FileSystem* fs;
    std::string dir;           // folder inside fs holding layouts/, partials/, assets/
    std::string display_root;  // prefix for messages
};

std::string file_stem(const std::string& path, const std::string& dir) {
    std::string rest = path.substr(dir.size() + 1);
    return rest.substr(0, rest.size() - template_ext.size());
}

bool has_template_ext(const std::string& path) {
    return path.size() > template_ext.size() &&
           path.compare(path.size() - template_ext.size(), template_ext.size(), template_ext) == 0;
}

// What kainjow still refuses after scan_template_tags found nothing wrong.
// Its messages end "at <byte offset>": report that place as line and column.
void check_syntax(const TemplateFile& t, Diagnostics& diags) {
    kainjow::mustache::mustache compiled(t.source);
    if (compiled.is_valid()) return;
    std::string message = compiled.error_message();
    SourcePos pos{t.display_path, 1, 1};
    auto at = message.rfind(" at ");
    std::size_t offset = 0;
    if (at != std::string::npos) {
        const char* first = message.data() + at + 4;
        const char* last = message.data() + message.size();
        auto [end, ec] = std::from_chars(first, last, offset);
        if (ec == std::errc() && end == last && offset <= t.source.size()) {
            auto lc = line_col_at(t.source, offset);
            pos = {t.display_path, lc.line, lc.col};
            message.erase(at);
        }
    }
    diags.error(pos, "template syntax: " + message, "every {{#section}} needs a matching {{/section}}");
}

void load_kind(const Layer& layer, const std::string& kind, std::map<std::string, TemplateFile>& into,
               Diagnostics& diags) {
    std::string dir = layer.dir + "/" + kind;
    for (const auto& path : layer.fs->list_files(dir)) {
        if (!has_template_ext(path)) continue;
        std::string name = file_stem(path, dir);
        if (into.count(name)) continue;  // an earlier layer (the overrides) wins
        std::string display = layer.display_root + path.substr(layer.dir.size());
        auto text = read_text_file(*layer.fs, path, diags);
        if (!text) continue;
        int errors_before = diags.error_count();
        TemplateFile t{name, display, *text, scan_template_tags(display, *text, diags)};
        if (diags.error_count() == errors_before) check_syntax(t, diags);
        into.emplace(name, std::move(t));
    }
}

void load_assets(const Layer& layer, std::map<std::string, AssetFile>& into) {
    std::string dir = layer.dir + "/assets";
    for (const auto& path : layer.fs->list_files(dir)) {
        std::string out = "assets" + path.substr(dir.size());
        if (into.count(out)) continue;
        std::string display = layer.display_root + path.substr(layer.dir.size());
        if (auto bytes = layer.fs->read(path)) into.emplace(out, AssetFile{out, std::move(*bytes), display});
    }
}

// The layer's catalogue for the site's language, if it has one.
void load_messages(const Layer& layer, const std::string& language, std::vector<MessageSource>& into,
                   Diagnostics& diags) {
    std::string path = layer.dir + "/messages/" + language + ".po";
    if (!layer.fs->is_file(path)) return;
    std::string display = layer.display_root + path.substr(layer.dir.size());
    if (auto text = read_text_file(*layer.fs, path, diags)) into.push_back({std::move(*text), display});
}

// The layer's theme.yaml, if it has one.
void load_settings(const Layer& layer, std::vector<ThemeSettingsSource>& into, Diagnostics& diags) {
    std::string path = layer.dir + "/theme.yaml";
    if (!layer.fs->is_file(path)) return;
    std::string display = layer.display_root + path.substr(layer.dir.size());
    if (auto text = read_text_file(*layer.fs, path, diags)) into.push_back({std::move(*text), display});
}

}  // namespace

TemplateSet load_templates(const FileSystem& site_fs, const SiteConfig& config, const std::string& installed_themes_dir,
                           Diagnostics& diags) {
    std::vector<Layer> layers;
    layers.push_back({&site_fs, template_overrides_dir, template_overrides_dir});
    std::string site_theme_dir = "templates/" + config.theme;
    std::unique_ptr<DiskFileSystem> installed;
    if (!site_fs.list_files(site_theme_dir + "/layouts").empty()) {
        layers.push_back({&site_fs, site_theme_dir, site_theme_dir});
    } else {
        installed = std::make_unique<DiskFileSystem>(installed_themes_dir);
        if (installed->list_files(config.theme + "/layouts").empty()) {
            diags.error(config.theme_pos, fmt::format("no theme called '{}'", config.theme),
                        fmt::format("put its layouts in templates/{}/layouts/, or remove 'theme' to use the "
                                    "default theme",
                                    config.theme));
        }
        layers.push_back({installed.get(), config.theme, installed_themes_dir + "/" + config.theme});
    }

    TemplateSet set;
    std::map<std::string, AssetFile> assets;
    std::vector<MessageSource> messages;
    std::vector<ThemeSettingsSource> settings;
    bool theme_has_messages = false;  // the last layer is the theme
    for (const auto& layer : layers) {
        report_refused_files(*layer.fs, layer.dir, layer.display_root, diags);
        load_kind(layer, "layouts", set.layouts, diags);
        load_kind(layer, "partials", set.partials, diags);
        load_assets(layer, assets);
        std::size_t before = messages.size();
        load_messages(layer, config.language, messages, diags);
        theme_has_messages = messages.size() > before;
        load_settings(layer, settings, diags);
    }
    // Settings a theme does not give are the default theme's.
    {
        DiskFileSystem defaults(installed_themes_dir);
        load_settings({&defaults, "default", installed_themes_dir + "/default"}, settings, diags);
    }
    set.settings = load_theme_settings(settings, diags);
    // A theme made before catalogues existed has none: the default theme's
    // words stand in, in the same language or not at all.
    if (!theme_has_messages) {
        DiskFileSystem defaults(installed_themes_dir);
        load_messages({&defaults, "default", installed_themes_dir + "/default"}, config.language, messages, diags);
    }
    // No catalogue in the site's language anywhere: the sentences about the
    // figures stay English, and the build says so (until the theme has one).
    std::string language = config.language;
    if (messages.empty() && language != "en-GB") {
        diags.warning(config.language_pos,
                      fmt::format("the theme has no messages in '{}' (messages/{}.po): the sentences about the "
                                  "figures will be in English",
                                  language, language),
                      fmt::format("translate the theme's messages/en-GB.po into templates/overrides/messages/{}.po "
                                  "(docs/templates.md, \"Messages\")",
                                  language));
        language = "en-GB";
        for (const auto& layer : layers) load_messages(layer, language, messages, diags);
        if (messages.empty()) {
            DiskFileSystem defaults(installed_themes_dir);
            load_messages({&defaults, "default", installed_themes_dir + "/default"}, language, messages, diags);
        }
    }
    set.messages = Messages::load(messages, language, diags);
    // The site's other languages: each must have a whole catalogue, or its
    // pages would show the default language's words.
    for (std::size_t i = 1; i < config.languages.size(); ++i) {
        const std::string& other = config.languages[i];
        std::vector<MessageSource> sources;
        bool theme_has = false;
        for (const auto& layer : layers) {
            std::size_t before = sources.size();
            load_messages(layer, other, sources, diags);
            theme_has = sources.size() > before;
        }
        if (!theme_has) {
            DiskFileSystem defaults(installed_themes_dir);
            load_messages({&defaults, "default", installed_themes_dir + "/default"}, other, sources, diags);
        }
        if (sources.empty()) {
            diags.error(config.languages_pos,
                        fmt::format("the theme has no messages in '{}' (messages/{}.po), so its pages cannot be "
                                    "built",
                                    other, other),
                        fmt::format("translate the theme's messages/{}.po into templates/overrides/messages/{}.po "
                                    "(docs/templates.md, \"Messages\")",
                                    config.languages.front(), other));
            continue;
        }
        auto loaded = set.other_messages.emplace(other, Messages::load(sources, other, diags)).first;
        set.language_names[other] = loaded->second.text("language.name");
    }
    set.language_names[config.language] = set.messages.text("language.name");
    for (auto& [path, asset] : assets) set.assets.push_back(std::move(asset));
    return set;
}

}  // namespace candour
