#include "support/memory_site.hpp"

#include "io/data_dir.hpp"
#include "support/rendered_site.hpp"

namespace candour::testing {

MemorySite::MemorySite(const Files& files) {
    for (const auto& [path, bytes] : files) fs.put(path, bytes);
    tree = load(fs, data_path("themes"), diags);
    routes = build_routes(tree, nullptr, diags);
}

std::vector<std::string> MemorySite::problems() const {
    return formatted(diags);
}

}  // namespace candour::testing
