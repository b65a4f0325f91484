// Written as if in generator/build/, which links the disclose library.
#include "disclose/internal/raw_kpi.hpp"

double leak(const candour::RawObservation& obs) {
    return obs.value.value_or(0);
}
