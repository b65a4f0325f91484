// Fuzzes the period parser: whatever parses must print back as itself and
// step forward and back consistently.
#include "fuzz_support.hpp"
#include "kpi/period.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    std::string text = fuzz::bytes(data, size);
    auto p = Period::parse(text);
    if (!p) return 0;
    if (p->code() != text) fuzz::fail("code does not round-trip", text);
    if (!(p->previous().next() == *p)) fuzz::fail("previous().next() is not the period", text);
    if (!(p->previous() < *p)) fuzz::fail("previous() does not sort first", text);
    if (p->label().empty() || p->start_iso() > p->end_iso()) fuzz::fail("bad label or dates", text);
    return 0;
}
