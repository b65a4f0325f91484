#pragma once
// SHA-256 of a file's bytes, as lower-case hex: how a release manifest names
// the exact bytes that were published.
#include <string>
#include <string_view>

namespace candour {

std::string sha256_hex(std::string_view bytes);

}  // namespace candour
