#pragma once
// The national-scale site the benchmarks build: N generated pages (each about
// 1.8 KB of Markdown with a table, a task list, a footnote and two checked
// links), in sections of 500.
#include "support/site_fixture.hpp"

namespace candour::testing {

Files bench_site(int pages);

}  // namespace candour::testing
