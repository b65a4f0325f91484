#pragma once
// Where each character of a YAML value came from in its file, so that a
// problem found inside a value written over several lines (a broken link in
// a tracker response) is reported at its own line, not the field's.
#include <yaml-cpp/yaml.h>

#include <string>

#include "diagnostics/text_origin.hpp"
#include "load/yaml_position.hpp"

namespace candour {

// Follows `value` (the string yaml-cpp read from `node`) through the file:
// a block scalar's indentation, folded line breaks and quotes are skipped;
// from an escape the loader turned into something else on, positions fall
// back to the field's.
TextOrigin yaml_text_origin(const YamlSource& src, const YAML::Node& node, const std::string& value);

}  // namespace candour
