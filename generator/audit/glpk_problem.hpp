#pragma once
// A GLPK problem owned by a unique_ptr, made in a thread whose GLPK
// environment is freed when the thread ends. GLPK keeps one environment per
// thread and frees it only in glp_free_env; without this, every worker
// thread of a build leaks it (LeakSanitizer reports each one).
#include <glpk.h>

#include <memory>

namespace candour {

using GlpkProblem = std::unique_ptr<glp_prob, decltype(&glp_delete_prob)>;

GlpkProblem new_glpk_problem();

}  // namespace candour
