#pragma once
// YAML reads shared by the findings, tracker and action-plan formats: lists,
// statuses with "did you mean", status histories in date order.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accountability/progress.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

class AccountabilityFields {
public:
    explicit AccountabilityFields(YamlFields& fields) : f_(fields) {}

    YamlFields& yaml() { return f_; }
    Diagnostics& diags() { return f_.diags(); }

    // A list of plain text items; `positions` (optional) gets each item's place.
    std::vector<std::string> string_list(const YAML::Node& map, const char* key,
                                         std::vector<SourcePos>* positions = nullptr);
    // Calls `fn` for each mapping in the list under `key`; reports other items.
    void for_each_entry(const YAML::Node& map, const char* key, const char* example,
                        const std::function<void(const YAML::Node&)>& fn, bool required);
    std::optional<Progress> status(const YAML::Node& map, const char* key, StatusWords words, bool required);
    // A status from `allowed` (a plan's declared statuses), with "did you mean".
    std::optional<DeclaredStatus> status(const YAML::Node& map, const char* key,
                                         const std::vector<DeclaredStatus>& allowed, bool required);
    std::optional<Date> required_date(const YAML::Node& map, const char* key);
    // 'history:' entries (date, status), which must be in date order; the
    // last must agree with `current`.
    std::vector<StatusChange> history(const YAML::Node& map, const std::vector<DeclaredStatus>& allowed,
                                      const std::optional<DeclaredStatus>& current);
    // Free text that may be written over several lines. `origin` (for
    // Markdown) gets where each of its characters is in the file.
    std::optional<std::string> text(const YAML::Node& map, const char* key, bool required, SourcePos* pos = nullptr,
                                    TextOrigin* origin = nullptr);

private:
    YamlFields& f_;
};

// "data/findings/2024-25.yaml" -> "2024-25"; reports names unfit for a web address.
std::optional<std::string> id_from_file(const std::string& path, Diagnostics& diags);

// Parses `text` as a YAML mapping, reporting anything else.
std::optional<YAML::Node> parse_yaml_map(const YamlSource& src, const std::string& text, const char* doc,
                                         Diagnostics& diags);

}  // namespace candour
