#pragma once
// One file of the built site: where it goes and what it holds.
#include <string>

namespace candour {

struct OutputFile {
    std::string path;  // relative to the output folder, '/' separated
    std::string bytes;
};

}  // namespace candour
