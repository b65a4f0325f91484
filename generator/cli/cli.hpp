#pragma once
// The command line: `candour build`, `candour check`. Returns the exit code:
// 0 success, 1 content errors, 2 usage errors.
#include <ostream>

#include "diagnostics/exit_codes.hpp"

namespace candour {

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace candour
