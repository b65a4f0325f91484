// Written as if in generator/render/: the privacy gate reads what render
// made, so render cannot call it (or bypass it by calling it early).
#include "privacy/privacy_gate.hpp"

void later_stage() {}
