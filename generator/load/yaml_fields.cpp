#include "load/yaml_fields.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "diagnostics/suggest.hpp"
#include "load/language_tag.hpp"

namespace candour {

void YamlFields::check_keys(const YAML::Node& map, const std::vector<std::string>& known, const std::string& what) {
    for (const auto& kv : map) {
        auto key = kv.first.Scalar();
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string list;
        for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
        diags_.error(pos(kv.first), fmt::format("unknown {} key '{}'", what, key),
                     did_you_mean(key, known, "remove it, or use one of: " + list));
    }
}

SourcePos YamlFields::key_pos(const YAML::Node& map, const char* key) const {
    for (const auto& kv : map) {
        if (kv.first.Scalar() == key) return pos(kv.first);
    }
    return src_.start();
}

std::optional<std::string> YamlFields::scalar(const YAML::Node& map, const char* key, const char* expected) {
    const YAML::Node node = map[key];
    if (!node) return std::nullopt;
    if (!node.IsScalar()) {
        diags_.error(pos(node), fmt::format("'{}' must be {}", key, expected),
                     fmt::format("write it on one line after '{}:'", key));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<std::string> YamlFields::string(const YAML::Node& map, const char* key, bool required) {
    auto value = scalar(map, key, "text");
    if (!value && required && !map[key]) {
        diags_.error(pos(map), fmt::format("missing '{}'", key), fmt::format("add a line such as '{}: ...'", key));
    }
    if (value && required && value->empty()) {
        diags_.error(pos(map[key]), fmt::format("'{}' is empty", key), "give it a value");
        return std::nullopt;
    }
    return value;
}

std::optional<bool> YamlFields::boolean(const YAML::Node& map, const char* key) {
    auto value = scalar(map, key, "true or false");
    if (!value) return std::nullopt;
    if (*value == "true") return true;
    if (*value == "false") return false;
    diags_.error(pos(map[key]), fmt::format("'{}' must be true or false, not '{}'", key, *value),
                 fmt::format("write '{}: true' or '{}: false'", key, key));
    return std::nullopt;
}

std::optional<int> YamlFields::integer(const YAML::Node& map, const char* key) {
    auto value = scalar(map, key, "a whole number");
    if (!value) return std::nullopt;
    try {
        std::size_t used = 0;
        int n = std::stoi(*value, &used);
        if (used == value->size()) return n;
    } catch (const std::exception&) {
    }
    diags_.error(pos(map[key]), fmt::format("'{}' must be a whole number, not '{}'", key, *value),
                 fmt::format("for example '{}: 10'", key));
    return std::nullopt;
}

std::optional<Date> YamlFields::date(const YAML::Node& map, const char* key) {
    auto value = scalar(map, key, "a date");
    if (!value) return std::nullopt;
    if (auto d = parse_date(*value)) return d;
    diags_.error(pos(map[key]), fmt::format("'{}' must be a date written YYYY-MM-DD, not '{}'", key, *value),
                 fmt::format("for example '{}: 2024-11-14'", key));
    return std::nullopt;
}

// The list under `key`, item by item; a value that is not a list is reported.
bool YamlFields::for_each_item(const YAML::Node& map, const char* key,
                               const std::function<void(const YAML::Node&)>& fn) {
    const YAML::Node list = map[key];
    if (!list) return false;
    if (!list.IsSequence()) {
        diags_.error(pos(list), fmt::format("'{}' must be a list", key),
                     fmt::format("write it as '{}: [a, b]' or one '- item' per line", key));
        return false;
    }
    for (const auto& item : list) fn(item);
    return true;
}

std::vector<std::string> YamlFields::string_list(const YAML::Node& map, const char* key) {
    std::vector<std::string> out;
    for_each_item(map, key, [&](const YAML::Node& item) {
        if (item.IsScalar())
            out.push_back(item.Scalar());
        else
            diags_.error(pos(item), fmt::format("each item of '{}' must be text", key), "");
    });
    return out;
}

YAML::Node YamlFields::text_node(const YAML::Node& node, const char* what) {
    // No text: a node that tests false. A default-constructed YAML::Node is
    // a defined null node, which tests true and reads as "".
    const YAML::Node none(YAML::NodeType::Undefined);
    if (node.IsScalar()) {
        if (language_ && !language_->is_default() && language_->untranslated)
            language_->untranslated->push_back(pos(node));
        return node;
    }
    if (!node.IsMap()) {
        diags_.error(pos(node), fmt::format("'{}' must be text, or one text per language", what),
                     fmt::format("write it on one line after '{}:', or as {{en-GB: ..., cy: ...}}", what));
        return none;
    }
    if (!language_ || language_->languages.empty()) {
        diags_.error(pos(node), fmt::format("'{}' cannot be given per language here", what), "write one text");
        return none;
    }
    const auto& known = language_->languages;
    std::optional<YAML::Node> wanted;
    std::optional<YAML::Node> fallback;
    for (const auto& kv : node) {
        std::string tag = kv.first.Scalar();
        if (!is_language_tag(tag)) {
            diags_.error(
                pos(kv.first), fmt::format("'{}' is not a language tag", tag),
                did_you_mean(tag, known, fmt::format("use one of the site's languages: {}", fmt::join(known, ", "))));
            continue;
        }
        // A language the site does not publish (taken out of `languages`,
        // or not added yet): its text waits, unused.
        if (std::find(known.begin(), known.end(), tag) == known.end()) continue;
        if (!kv.second.IsScalar()) {
            diags_.error(pos(kv.second), fmt::format("the {} text of '{}' must be text", tag, what),
                         "write it on one line after the language, or as a block with '|'");
            continue;
        }
        if (tag == language_->language) wanted.emplace(kv.second);
        if (tag == known.front()) fallback.emplace(kv.second);
    }
    if (!fallback) {
        diags_.error(pos(node), fmt::format("'{}' has no {} text", what, known.front()),
                     fmt::format("add '{}: ...': the site's default language is needed everywhere", known.front()));
        return wanted ? *wanted : none;
    }
    if (wanted) return *wanted;
    if (language_->untranslated) language_->untranslated->push_back(pos(node));
    return *fallback;
}

std::optional<std::string> YamlFields::text_of(const YAML::Node& node, const char* what) {
    YAML::Node chosen = text_node(node, what);
    if (!chosen) return std::nullopt;
    return chosen.Scalar();
}

std::optional<std::string> YamlFields::text(const YAML::Node& map, const char* key, bool required) {
    const YAML::Node node = map[key];
    if (!node) {
        if (required)
            diags_.error(pos(map), fmt::format("missing '{}'", key), fmt::format("add a line such as '{}: ...'", key));
        return std::nullopt;
    }
    auto value = text_of(node, key);
    if (value && required && value->empty()) {
        diags_.error(pos(node), fmt::format("'{}' is empty", key), "give it a value");
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> YamlFields::text_list(const YAML::Node& map, const char* key) {
    std::vector<std::string> out;
    for_each_item(map, key, [&](const YAML::Node& item) {
        if (auto value = text_of(item, key)) out.push_back(*value);
    });
    return out;
}

namespace {

// yaml-cpp keeps every value of a repeated key and reads the first, so a
// second 'title:' lower down would silently do nothing. Walks every mapping
// (each shared anchor once, so aliases cannot multiply the work).
void report_repeated_keys(const YAML::Node& root, const YamlSource& src, Diagnostics& diags) {
    std::vector<YAML::Node> pending{root};
    std::set<int> visited;
    while (!pending.empty()) {
        YAML::Node node = pending.back();
        pending.pop_back();
        if (!node.IsMap() && !node.IsSequence()) continue;
        if (!visited.insert(node.Mark().pos).second) continue;
        if (node.IsSequence()) {
            for (const auto& item : node) pending.push_back(item);
            continue;
        }
        std::map<std::string, int> first_line;
        for (const auto& kv : node) {
            pending.push_back(kv.second);
            if (!kv.first.IsScalar()) continue;
            SourcePos at = src.at(kv.first.Mark());
            auto [seen, inserted] = first_line.emplace(kv.first.Scalar(), at.line);
            if (inserted) continue;
            diags.error(at,
                        fmt::format("'{}' is given twice; the first is on line {}", kv.first.Scalar(), seen->second),
                        "delete one of them: only one value can be used");
        }
    }
}

}  // namespace

std::optional<YAML::Node> parse_yaml(const YamlSource& src, std::string_view yaml_text, Diagnostics& diags) {
    try {
        YAML::Node root = YAML::Load(std::string(yaml_text));
        report_repeated_keys(root, src, diags);
        return root;
    } catch (const YAML::DeepRecursion& e) {
        diags.error(src.at(e.mark), "the YAML is nested too deeply to read",
                    "settings are only a few levels deep: look for a long run of '[', '{' or indentation");
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        diags.error(src.at(e.mark), "YAML syntax: " + e.msg,
                    "check the indentation, that each line is 'key: value', and put quotes around "
                    "values that contain a colon");
        return std::nullopt;
    }
}

}  // namespace candour
