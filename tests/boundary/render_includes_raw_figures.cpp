// Written as if in generator/render/: a download that reads raw figures.
#include "disclose/internal/raw_kpi.hpp"

double leak(const candour::RawObservation& obs) {
    return obs.value.value_or(0);
}
