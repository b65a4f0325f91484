#pragma once
// Shared by the libFuzzer targets: turn the fuzzer's bytes into source text
// the way the loader does, and check properties every run must keep. A
// broken property aborts, which libFuzzer reports as a crash with the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "load/text_file.hpp"

namespace candour::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz property broken: %s %s\n", what, detail.c_str());
    std::abort();
}

inline std::string bytes(const uint8_t* data, size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// The text a loader would pass on for a file holding `raw` (BOM stripped,
// CRLF to LF, invalid UTF-8 rejected), or nothing when it would stop there.
inline std::optional<std::string> as_source_text(const std::string& path, std::string raw) {
    MemoryFileSystem fs;
    fs.put(path, std::move(raw));
    Diagnostics diags;
    auto text = read_text_file(fs, path, diags);
    if (!text && diags.error_count() != 1) fail("rejected text without exactly one error");
    return text;
}

// Every diagnostic names a file, a real position and a message.
inline void check_diagnostics(const Diagnostics& diags) {
    for (const auto& d : diags.sorted()) {
        if (d.pos.file.empty()) fail("diagnostic without a file", d.message);
        if (d.pos.line < 1 || d.pos.col < 1) fail("diagnostic position below 1:1", format_diagnostic(d));
        if (d.message.empty()) fail("diagnostic without a message");
        (void)format_diagnostic(d);
    }
}

// As check_diagnostics, and every diagnostic about `file` points inside
// `text`: at most one line past its last line.
inline void check_diagnostics_within(const Diagnostics& diags, const std::string& file, const std::string& text) {
    check_diagnostics(diags);
    int lines = 1;
    for (char c : text) lines += c == '\n';
    for (const auto& d : diags.sorted()) {
        if (d.pos.file == file && d.pos.line > lines + 1)
            fail("diagnostic past the end of the file", format_diagnostic(d));
    }
}

// The text of every figure candour placed in `html` (an element marked
// data-kpi, in a table cell or a sentence), as opposed to the page's own
// words, which may well say "50".
inline std::vector<std::string> placed_figures(const std::string& html) {
    std::vector<std::string> out;
    for (std::size_t at = 0; (at = html.find("data-kpi=\"", at)) != std::string::npos; ++at) {
        std::size_t open = html.find('>', at);
        std::size_t close = open == std::string::npos ? open : html.find('<', open);
        if (close == std::string::npos) break;
        out.push_back(html.substr(open + 1, close - open - 1));
    }
    return out;
}

// A loader that gives nothing back must have said why.
template <typename T>
void check_result_or_error(const std::optional<T>& result, const Diagnostics& diags) {
    if (!result && !diags.has_errors()) fail("nothing loaded, and no error reported");
}

}  // namespace candour::fuzz
