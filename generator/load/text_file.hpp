#pragma once
// Reads a source file as text: strips a UTF-8 byte order mark, turns CRLF
// into LF, and rejects invalid UTF-8 with the position of the first bad byte.
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"

namespace candour {

std::optional<std::string> read_text_file(const FileSystem& fs, const std::string& path, Diagnostics& diags);

}  // namespace candour
