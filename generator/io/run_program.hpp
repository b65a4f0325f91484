#pragma once
// Runs a helper program (Node.js for the search index and the PDFs) and
// waits for it, its output kept in an unlinked temporary file that never
// fills up and blocks it.
#include <string>
#include <vector>

namespace candour {

struct ProgramRun {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
    std::string error;   // why it could not start ("'node' was not found")
};

// `args[0]` is looked up on PATH; stdin is /dev/null.
ProgramRun run_program(const std::vector<std::string>& args);

// The last `count` lines of a program's output, for an error message.
std::string last_lines(const std::string& text, std::size_t count);

}  // namespace candour
