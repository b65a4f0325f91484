#pragma once
// One problem found in the input, located to the character so an editor can
// jump to it. Every stage reports through this one type.
#include <string>

namespace candour {

enum class Severity { error, warning };

struct SourcePos {
    std::string file;  // path relative to the site folder, with '/' separators
    int line = 1;      // 1-based
    int col = 1;       // 1-based, counted in characters (Unicode code points)
};

struct Diagnostic {
    SourcePos pos;
    Severity severity = Severity::error;
    std::string message;  // what is wrong
    std::string hint;     // how to fix it; may be empty
};

}  // namespace candour
