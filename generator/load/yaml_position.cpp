#include "load/yaml_position.hpp"

#include "diagnostics/text_position.hpp"

namespace candour {

SourcePos YamlSource::at(const YAML::Mark& mark) const {
    // A missing node has a null mark (pos -1): point at the document start.
    if (mark.pos < 0) return start();
    if (!lines) lines = std::make_shared<const LineIndex>(text);
    auto lc = lines->at(offset + static_cast<std::size_t>(mark.pos));
    return {file, lc.line + line_offset, lc.col};
}

SourcePos YamlSource::start() const {
    auto lc = line_col_at(text, offset);
    return {file, lc.line + line_offset, lc.col};
}

}  // namespace candour
