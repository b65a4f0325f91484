#include "load/accountability_fields.hpp"

#include <fmt/format.h>

#include "diagnostics/suggest.hpp"
#include "load/yaml_text_origin.hpp"

namespace candour {

std::vector<std::string> AccountabilityFields::string_list(const YAML::Node& map, const char* key,
                                                           std::vector<SourcePos>* positions) {
    std::vector<std::string> out;
    const YAML::Node list = map[key];
    if (!list) return out;
    if (!list.IsSequence()) {
        diags().error(f_.pos(list), fmt::format("'{}' must be a list", key),
                      fmt::format("write it as '{}: [a, b]' or one '- item' per line", key));
        return out;
    }
    for (const auto& item : list) {
        if (!item.IsScalar()) {
            diags().error(f_.pos(item), fmt::format("each item of '{}' must be text", key), "");
            continue;
        }
        out.push_back(item.Scalar());
        if (positions) positions->push_back(f_.pos(item));
    }
    return out;
}

void AccountabilityFields::for_each_entry(const YAML::Node& map, const char* key, const char* example,
                                          const std::function<void(const YAML::Node&)>& fn, bool required) {
    const YAML::Node list = map[key];
    if (!list) {
        if (required)
            diags().error(f_.pos(map), fmt::format("missing '{}'", key),
                          fmt::format("add a '{}:' list; {}", key, example));
        return;
    }
    if (!list.IsSequence()) {
        diags().error(f_.pos(list), fmt::format("'{}' must be a list of entries, each starting with '- '", key),
                      example);
        return;
    }
    for (const auto& item : list) {
        if (item.IsMap())
            fn(item);
        else
            diags().error(f_.pos(item), fmt::format("each entry of '{}' must have named fields", key), example);
    }
}

std::optional<Progress> AccountabilityFields::status(const YAML::Node& map, const char* key, StatusWords words,
                                                     bool required) {
    auto s = status(map, key, word_statuses(words), required);
    if (!s) return std::nullopt;
    return s->counts_as;
}

std::optional<DeclaredStatus> AccountabilityFields::status(const YAML::Node& map, const char* key,
                                                           const std::vector<DeclaredStatus>& allowed, bool required) {
    auto text = f_.string(map, key, required);
    if (!text) return std::nullopt;
    std::vector<std::string> names;
    for (const auto& s : allowed) {
        if (s.name == *text) return s;
        names.push_back(s.name);
    }
    diags().error(f_.pos(map[key]), fmt::format("unknown status '{}'", *text),
                  did_you_mean(*text, names, fmt::format("use one of: {}", fmt::join(names, ", "))));
    return std::nullopt;
}

std::optional<Date> AccountabilityFields::required_date(const YAML::Node& map, const char* key) {
    if (!map[key]) {
        diags().error(f_.pos(map), fmt::format("missing '{}'", key),
                      fmt::format("add a line such as '{}: 2025-01-31'", key));
        return std::nullopt;
    }
    return f_.date(map, key);
}

std::optional<std::string> AccountabilityFields::text(const YAML::Node& map, const char* key, bool required,
                                                      SourcePos* pos, TextOrigin* origin) {
    if (!map[key]) {
        if (required)
            diags().error(f_.pos(map), fmt::format("missing '{}'", key),
                          fmt::format("add a line such as '{}: ...'", key));
        return std::nullopt;
    }
    YAML::Node chosen = f_.text_node(map[key], key);
    if (!chosen) return std::nullopt;
    std::string value = chosen.Scalar();
    if (required && value.empty()) {
        diags().error(f_.pos(chosen), fmt::format("'{}' is empty", key), "give it a value");
        return std::nullopt;
    }
    if (pos) *pos = f_.pos(chosen);
    if (origin) *origin = yaml_text_origin(f_.source(), chosen, value);
    return value;
}

std::vector<StatusChange> AccountabilityFields::history(const YAML::Node& map,
                                                        const std::vector<DeclaredStatus>& allowed,
                                                        const std::optional<DeclaredStatus>& current) {
    std::vector<StatusChange> out;
    for_each_entry(
        map, "history", "for example '- {date: 2024-10-01, status: in progress}'",
        [&](const YAML::Node& entry) {
            f_.check_keys(entry, {"date", "status"}, "history");
            auto date = required_date(entry, "date");
            auto status = this->status(entry, "status", allowed, true);
            if (!date || !status) return;
            if (!out.empty() && *date < out.back().date) {
                diags().error(f_.pos(entry["date"]),
                              fmt::format("status history is out of order: {} comes after {}", date->iso(),
                                          out.back().date.iso()),
                              "list the changes oldest first");
            }
            out.push_back({*date, status->counts_as, f_.pos(entry), status->name});
        },
        false);
    if (!out.empty() && current && out.back().name != current->name) {
        diags().error(f_.pos(map["status"]),
                      fmt::format("status '{}' differs from the last entry of its history ('{}' on {})", current->name,
                                  out.back().name, out.back().date.iso()),
                      "add the change to 'history:' with its date, or correct the status");
    }
    return out;
}

std::optional<std::string> id_from_file(const std::string& path, Diagnostics& diags) {
    std::string name = path.substr(path.rfind('/') + 1);
    std::string id = name.substr(0, name.rfind('.'));
    bool ok = !id.empty();
    for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (ok) return id;
    diags.error({path, 1, 1}, fmt::format("the file name '{}' cannot be used in a web address", name),
                "rename it using lower-case letters, digits and hyphens, such as 'phase-1.yaml'");
    return std::nullopt;
}

std::optional<YAML::Node> parse_yaml_map(const YamlSource& src, const std::string& text, const char* doc,
                                         Diagnostics& diags) {
    auto root = parse_yaml(src, text, diags);
    if (!root) return std::nullopt;
    if (!root->IsMap()) {
        diags.error(src.start(), fmt::format("{} must be a set of 'key: value' lines", doc),
                    "see docs/findings-and-trackers.md for an example");
        return std::nullopt;
    }
    return root;
}

}  // namespace candour
