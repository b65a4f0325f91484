#pragma once
// What tells this build of candour from any other: the GNU build id the
// linker writes into the program (a hash of its code). Work kept in the
// cache by code that is not a separate file (spreadsheets) is keyed by it,
// so a changed candour never reuses what an older one made.
#include <string>

namespace candour {

// The build id in hex; without one (a linker that writes none), the
// program's size and modification time, read once.
const std::string& program_id();

}  // namespace candour
