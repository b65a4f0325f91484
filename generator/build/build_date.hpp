#pragma once
// "Today" for the build: the only input that is not a file. It matters only
// while a response to an inspection report is not yet published (the pages
// then say how many days remain or are overdue), so a build is reproducible
// when SOURCE_DATE_EPOCH or BuildOptions::today fixes it.
#include <optional>

#include "kpi/date.hpp"

namespace candour {

// `fixed` if given, else SOURCE_DATE_EPOCH (seconds since 1970, UTC) if set
// and valid, else the system clock's date in UTC.
Date build_date(const std::optional<Date>& fixed);

}  // namespace candour
