#pragma once
// The command line: `candour build`, `candour check`. Returns the exit code:
// 0 success, 1 content errors, 2 usage errors.
#include <ostream>

namespace candour {

inline constexpr int exit_ok = 0;
inline constexpr int exit_content_errors = 1;
inline constexpr int exit_usage = 2;

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace candour
