#pragma once
// A small valid site with KPI data, for tests that break one thing in it.
#include "support/site_fixture.hpp"

namespace candour::testing {

Files kpi_site();

}  // namespace candour::testing
