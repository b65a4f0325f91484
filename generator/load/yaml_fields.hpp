#pragma once
// Typed reads of YAML mapping fields that report located errors instead of
// throwing, shared by site.yaml and front matter.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "kpi/date.hpp"
#include "load/yaml_position.hpp"

namespace candour {

class YamlFields {
public:
    YamlFields(const YamlSource& src, Diagnostics& diags) : src_(src), diags_(diags) {}

    // Reports keys not in `known`, with a suggestion. `what` names the
    // document in messages ("front-matter", "site.yaml").
    void check_keys(const YAML::Node& map, const std::vector<std::string>& known, const std::string& what);

    std::optional<std::string> string(const YAML::Node& map, const char* key, bool required = false);
    std::optional<bool> boolean(const YAML::Node& map, const char* key);
    std::optional<int> integer(const YAML::Node& map, const char* key);
    std::optional<Date> date(const YAML::Node& map, const char* key);
    // A list of plain text items ("[a, b]" or "- a" lines); empty when absent.
    std::vector<std::string> string_list(const YAML::Node& map, const char* key);

    SourcePos pos(const YAML::Node& node) const { return src_.at(node.Mark()); }
    SourcePos key_pos(const YAML::Node& map, const char* key) const;
    const YamlSource& source() const { return src_; }
    Diagnostics& diags() { return diags_; }

private:
    std::optional<std::string> scalar(const YAML::Node& map, const char* key, const char* expected);
    const YamlSource& src_;
    Diagnostics& diags_;
};

// Parses a YAML document, reporting a syntax error at its position.
std::optional<YAML::Node> parse_yaml(const YamlSource& src, std::string_view yaml_text, Diagnostics& diags);

}  // namespace candour
