#pragma once
// Partials that include themselves, directly or through others. Mustache
// would expand such a loop for ever, so validate reports each one and render
// does not run the templates while one exists.
#include <string>
#include <vector>

#include "load/template_set.hpp"

namespace candour {

struct PartialCycle {
    std::vector<std::string> chain;  // "footer", "header", "footer": each includes the next
    SourcePos pos;                   // the include that closes the loop
};

// Each loop once, in a stable order (by the name of the partial it is found from).
std::vector<PartialCycle> partial_cycles(const TemplateSet& templates);

}  // namespace candour
