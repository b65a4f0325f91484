// Fuzzes scan_template_tags: the Mustache tag scanner and its safety rule.
#include "fuzz_support.hpp"
#include "load/template_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = "templates/overrides/layouts/fuzz.mustache";
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    auto tags = scan_template_tags(path, *text, diags);
    fuzz::check_diagnostics(diags);
    for (const auto& tag : tags) {
        if (tag.pos.line < 1 || tag.pos.col < 1) fuzz::fail("tag position below 1:1");
        // Unescaped output of anything but generator HTML must be an error.
        bool html = tag.name.size() >= 5 && tag.name.compare(tag.name.size() - 5, 5, "_html") == 0;
        if ((tag.kind == '&') && !html && !diags.has_errors()) fuzz::fail("unescaped tag accepted", tag.name);
        if (tag.kind == '!' || tag.kind == '=') fuzz::fail("comment or delimiter tag listed");
    }
    return 0;
}
