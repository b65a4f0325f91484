#pragma once
// yaml-cpp reports 0-based positions relative to the string it was given;
// these helpers turn them into file positions an editor understands.
#include <yaml-cpp/yaml.h>

#include <memory>
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "diagnostics/text_position.hpp"

namespace candour {

// Where a YAML document sits inside a file: the file's text and the byte
// offset the YAML starts at (non-zero for front matter).
struct YamlSource {
    std::string file;
    std::string_view text;
    std::size_t offset = 0;
    int line_offset = 0;  // lines before `text` in the file (YAML inside a Markdown code block)
    // Line starts, found on the first position asked for: a catalogue of
    // thousands of entries asks for thousands.
    mutable std::shared_ptr<const LineIndex> lines = nullptr;

    SourcePos at(const YAML::Mark& mark) const;
    SourcePos start() const;
};

}  // namespace candour
