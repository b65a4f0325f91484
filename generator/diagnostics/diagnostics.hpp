#pragma once
// The sink every stage reports into. A stage keeps going after an error so
// that one run shows every problem; the pipeline checks has_errors() before
// it writes anything.
#include <mutex>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"

namespace candour {

class Diagnostics {
public:
    void error(SourcePos pos, std::string message, std::string hint = {});
    void warning(SourcePos pos, std::string message, std::string hint = {});
    void add(Diagnostic d);
    void merge(const Diagnostics& other);

    bool has_errors() const;
    int error_count() const;
    int warning_count() const;

    // Sorted by file, line and column so output is stable whatever order the
    // stages (or threads) found the problems in.
    std::vector<Diagnostic> sorted() const;

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
    int errors_ = 0;
};

// "file:line:col: error: message" and, when there is one, "  hint: ..." on
// the next line.
std::string format_diagnostic(const Diagnostic& d);

}  // namespace candour
