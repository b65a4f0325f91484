#include "render/embeds.hpp"

#include <fmt/format.h>

namespace candour {

std::optional<YAML::Node> parse_embed_block(const YamlSource& src, const std::string& kind, const std::string& needs,
                                            Diagnostics& diags) {
    auto root = parse_yaml(src, src.text, diags);
    if (!root) return std::nullopt;
    if (!root->IsMap()) {
        diags.error(src.start(), fmt::format("a {} block needs {}", kind, needs),
                    "write one 'key: value' per line inside the block");
        return std::nullopt;
    }
    return root;
}

}  // namespace candour
