#include "load/yaml_text_origin.hpp"

namespace candour {

namespace {

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

TextOrigin yaml_text_origin(const YamlSource& src, const YAML::Node& node, const std::string& value) {
    TextOrigin origin(src.at(node.Mark()));
    if (node.Mark().pos < 0) return origin;
    std::string_view file = src.text;
    auto file_pos = [&](std::size_t at) {
        YAML::Mark m;
        m.pos = static_cast<int>(at - src.offset);
        return src.at(m);
    };
    std::size_t j = src.offset + static_cast<std::size_t>(node.Mark().pos);
    if (j < file.size() && (file[j] == '|' || file[j] == '>')) {  // a block scalar's header line
        j = file.find('\n', j);
        if (j == std::string_view::npos) return origin;
    } else if (j < file.size() && (file[j] == '"' || file[j] == '\'')) {
        ++j;
    }
    // Each run of characters that sit side by side in the file gets one
    // anchor; spaces and line breaks may differ (indentation, folding).
    bool anchored = false;
    std::size_t last_i = 0, last_j = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (space(value[i])) continue;
        while (j < file.size() && space(file[j])) ++j;
        if (j < file.size() && file[j] != value[i] && (file[j] == '\\' || file[j] == '\'')) ++j;  // an escape
        if (j >= file.size() || file[j] != value[i]) {
            origin.lost_at(i);
            return origin;
        }
        if (!anchored || j != last_j + (i - last_i)) {
            origin.anchor(i, file_pos(j));
            anchored = true;
        }
        last_i = i;
        last_j = j;
        ++j;
    }
    return origin;
}

}  // namespace candour
