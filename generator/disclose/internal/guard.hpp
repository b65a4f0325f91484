#pragma once
// Every header in disclose/internal/ includes this first. Raw figures and the
// code that decides what to hide are private to the disclose library: its
// CMake target alone defines CANDOUR_DISCLOSE_INTERNAL, so a page, chart,
// download or command that includes one of these headers does not compile.
// tests/boundary/ proves it with a file that tries.
#ifndef CANDOUR_DISCLOSE_INTERNAL
#error \
    "raw figures are private to the disclose library; use disclose/disclose.hpp, which returns published figures (kpi/published.hpp)"
#endif
