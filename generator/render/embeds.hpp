#pragma once
// Figures placed in narrative. A fenced block (```kpi) becomes a table or a
// headline; an inline code span (`kpi charge-rate latest`) becomes one
// formatted number. Wrong fields are located errors.
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

class Embeds {
public:
    virtual ~Embeds() = default;
    // The HTML for a fenced block with info string `info` whose body starts
    // on `first_line` of the file, or nothing (after reporting) if it can't
    // be placed. Blocks of other kinds are left alone (nullopt, no report).
    virtual std::optional<std::string> block(const std::string& info, const std::string& body, const std::string& file,
                                             int first_line, Diagnostics& diags) = 0;
    // The HTML for an inline code span, or nothing if it is ordinary code.
    virtual std::optional<std::string> inline_code(const std::string& code, const SourcePos& pos,
                                                   Diagnostics& diags) = 0;
};

// The settings of a fenced embed block as a YAML map, or nothing after
// reporting why not. `needs` lists the keys, for the message.
std::optional<YAML::Node> parse_embed_block(const YamlSource& src, const std::string& kind, const std::string& needs,
                                            Diagnostics& diags);

}  // namespace candour
