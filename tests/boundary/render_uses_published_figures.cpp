// Written as if in generator/render/: what render may do with figures.
#include "kpi/format.hpp"
#include "kpi/published.hpp"

std::string show(const candour::PublishedValue& v) {
    return candour::download_value(v, 0);
}
