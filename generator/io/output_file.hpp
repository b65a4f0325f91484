#pragma once
// One file of the built site: where it goes and what it holds.
#include <string>

namespace candour {

struct OutputFile {
    std::string path;  // relative to the output folder, '/' separated
    std::string bytes;
    // Written to the staging folder and read by the privacy gate as soon as
    // it was rendered, and its bytes released (`bytes` is empty): a page of
    // `candour build` (build/build.cpp, write/site_writer.hpp).
    bool streamed = false;
};

}  // namespace candour
