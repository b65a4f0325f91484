// Fuzzes load_site_config: site.yaml read through a MemoryFileSystem.
#include "fuzz_support.hpp"
#include "load/site_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace candour;
    MemoryFileSystem fs;
    fs.put(site_config_file, fuzz::bytes(data, size));
    Diagnostics diags;
    SiteConfig config = load_site_config(fs, diags);
    fuzz::check_diagnostics(diags);
    if (!config.base_url.empty() && config.base_url.back() != '/') fuzz::fail("base_url without its final '/'");
    for (const auto& item : config.navigation) {
        if (item.pos.file != site_config_file) fuzz::fail("navigation position outside site.yaml");
    }
    return 0;
}
