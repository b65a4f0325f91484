// Written as if in generator/build/: making a "published" figure by hand.
#include "disclose/internal/disclosure_control.hpp"

candour::PublishedValue forge(double v) {
    return candour::DisclosureControl::derived(v);
}
