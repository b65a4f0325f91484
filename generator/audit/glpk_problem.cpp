#include "audit/glpk_problem.hpp"

namespace candour {

namespace {

// Destroyed when its thread ends, after every problem the thread made.
struct EnvironmentRelease {
    ~EnvironmentRelease() { glp_free_env(); }
};

}  // namespace

GlpkProblem new_glpk_problem() {
    thread_local EnvironmentRelease release;
    (void)release;
    return GlpkProblem(glp_create_prob(), glp_delete_prob);
}

}  // namespace candour
