// Fuzzes parse_content_file: a content file's front matter and body.
#include "fuzz_support.hpp"
#include "load/front_matter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    const std::string path = "content/reports/fuzz.md";
    auto text = fuzz::as_source_text(path, fuzz::bytes(data, size));
    if (!text) return 0;
    Diagnostics diags;
    auto file = parse_content_file(path, *text, diags);
    fuzz::check_diagnostics(diags);
    if (!file) {
        if (!diags.has_errors()) fuzz::fail("no file and no error");
        return 0;
    }
    // The body is the end of the text, and starts on the line after the fence.
    if (file->body.size() > text->size() ||
        text->compare(text->size() - file->body.size(), file->body.size(), file->body) != 0) {
        fuzz::fail("body is not the end of the file");
    }
    if (file->body_first_line < 3) fuzz::fail("body starts before line 3");
    return 0;
}
