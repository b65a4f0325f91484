#include "audit/glpk_problem.hpp"

namespace candour {

namespace {

struct ThreadEnvironment {
    ~ThreadEnvironment() { glp_free_env(); }
};

}  // namespace

GlpkProblem new_glpk_problem() {
    // Constructed on a thread's first problem, destroyed when the thread
    // ends (after every problem it made has been deleted).
    thread_local ThreadEnvironment environment;
    (void)environment;
    return GlpkProblem(glp_create_prob(), glp_delete_prob);
}

}  // namespace candour
