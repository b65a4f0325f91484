#pragma once
// One file written whole, its folders made first.
#include <filesystem>
#include <string_view>

namespace candour {

// False if the file could not be written completely.
bool write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace candour
