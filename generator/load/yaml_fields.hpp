#pragma once
// Typed reads of YAML mapping fields that report located errors instead of
// throwing, shared by site.yaml and front matter.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/date.hpp"
#include "load/yaml_position.hpp"

namespace candour {

// Which language to read free text in (docs/site-config.md, "Languages").
// A text for readers may be one value, in the site's default language, or
// one per language: `title: {en-GB: Home, cy: Hafan}`.
struct TextLanguage {
    std::string language;                // the language to read
    std::vector<std::string> languages;  // the site's, the default first
    // Where a text has no value in `language` (the default language's stands
    // in); whether that is an error depends on the pages that show it.
    std::vector<SourcePos>* untranslated = nullptr;

    bool is_default() const { return languages.empty() || language == languages.front(); }
};

class YamlFields {
public:
    YamlFields(const YamlSource& src, Diagnostics& diags, const TextLanguage* language = nullptr)
        : src_(src), diags_(diags), language_(language) {}

    // Reports keys not in `known`, with a suggestion. `what` names the
    // document in messages ("front-matter", "site.yaml").
    void check_keys(const YAML::Node& map, const std::vector<std::string>& known, const std::string& what);

    std::optional<std::string> string(const YAML::Node& map, const char* key, bool required = false);
    std::optional<bool> boolean(const YAML::Node& map, const char* key);
    std::optional<int> integer(const YAML::Node& map, const char* key);
    std::optional<Date> date(const YAML::Node& map, const char* key);
    // A list of plain text items ("[a, b]" or "- a" lines); empty when absent.
    std::vector<std::string> string_list(const YAML::Node& map, const char* key);
    // Free text for readers, one value or one per language (TextLanguage).
    std::optional<std::string> text(const YAML::Node& map, const char* key, bool required = false);
    // The same for a list item or any other node.
    std::optional<std::string> text_of(const YAML::Node& node, const char* what);
    // The scalar node text_of reads (the chosen language's), or a null node.
    YAML::Node text_node(const YAML::Node& node, const char* what);
    // A list whose items are texts for readers.
    std::vector<std::string> text_list(const YAML::Node& map, const char* key);
    const TextLanguage* language() const { return language_; }

    SourcePos pos(const YAML::Node& node) const { return src_.at(node.Mark()); }
    SourcePos key_pos(const YAML::Node& map, const char* key) const;
    const YamlSource& source() const { return src_; }
    Diagnostics& diags() { return diags_; }

private:
    bool for_each_item(const YAML::Node& map, const char* key, const std::function<void(const YAML::Node&)>& fn);
    std::optional<std::string> scalar(const YAML::Node& map, const char* key, const char* expected);
    const YamlSource& src_;
    Diagnostics& diags_;
    const TextLanguage* language_;
};

// Parses a YAML document, reporting a syntax error at its position.
std::optional<YAML::Node> parse_yaml(const YamlSource& src, std::string_view yaml_text, Diagnostics& diags);

}  // namespace candour
