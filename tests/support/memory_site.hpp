#pragma once
// Loads a site held in memory through the real stages, for unit tests of
// stages that need a whole source tree.
#include <memory>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "load/load.hpp"
#include "model/routes.hpp"
#include "support/site_fixture.hpp"

namespace candour::testing {

struct MemorySite {
    explicit MemorySite(const Files& files);
    std::vector<std::string> problems() const;  // formatted, sorted

    MemoryFileSystem fs;
    Diagnostics diags;
    SourceTree tree;
    Routes routes;
};

}  // namespace candour::testing
