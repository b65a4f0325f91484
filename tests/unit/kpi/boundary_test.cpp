// The disclosure boundary is structural: raw KPI figures are declared in
// kpi/raw_observation.hpp, and only the stages before and including
// disclosure may include it. A page, chart or download that wanted a raw
// value would have to include it, and this test would fail.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("only load, validate, disclose and the build pipeline see raw KPI figures") {
    const fs::path generator = fs::path(CANDOUR_SOURCE_DIR) / "generator";
    const std::vector<std::string> allowed = {"load", "validate", "disclose", "build"};
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(generator)) {
        if (!entry.is_regular_file()) continue;
        fs::path rel = fs::relative(entry.path(), generator);
        std::string stage = rel.begin()->string();
        if (rel == "kpi/raw_observation.hpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        ++files;
        bool includes_raw = text.str().find("kpi/raw_observation.hpp") != std::string::npos ||
                            text.str().find("load/kpi_load.hpp") != std::string::npos ||
                            text.str().find("load/survey_load.hpp") != std::string::npos;
        if (!includes_raw) continue;
        INFO(entry.path().string());
        CHECK(std::find(allowed.begin(), allowed.end(), stage) != allowed.end());
    }
    CHECK(files > 20);
}
