#pragma once
// A GLPK problem, owned. GLPK keeps an environment per thread (about 10 KB)
// that it never frees by itself, so every worker thread of the audit and of
// the linked suppression left one behind: a leak that grew with each rebuild
// of `candour serve`, and that LeakSanitizer reported in the survey fuzz
// target. A thread that makes a problem here frees its environment when it
// ends.
#include <glpk.h>

#include <memory>

namespace candour {

using GlpkProblem = std::unique_ptr<glp_prob, decltype(&glp_delete_prob)>;

GlpkProblem new_glpk_problem();

}  // namespace candour
