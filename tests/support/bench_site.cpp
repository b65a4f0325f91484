#include "support/bench_site.hpp"

#include <fmt/format.h>

namespace candour::testing {

namespace {

std::string page_body(int i) {
    std::string body = fmt::format(
        "---\ntitle: \"Force area {0} report\"\nsummary: Quarterly figures for area {0}.\ndate: 2024-11-14\n---\n"
        "## Summary\n\nIn this quarter the charge rate in area {0} rose. See the [methodology](../methodology.md) "
        "and the [previous area](area-{1}.md#summary).\n\n"
        "| Measure | This quarter | Previous quarter |\n|---|--:|--:|\n| Charges | {2} | {3} |\n| Charge rate | 14% | "
        "12% |\n\n"
        "## Victims' experience\n\n",
        i, i == 0 ? 0 : i - 1, 40 + i % 17, 38 + i % 13);
    for (int p = 0; p < 6; ++p) {
        body +=
            "Victims and survivors told the independent interviewers about respect, sensitivity, knowledge, "
            "effectiveness and safety. The force responded with **training**, new *interview rooms* and "
            "clearer letters about decisions.\n\n";
    }
    body += "- [x] Training delivered\n- [ ] New rooms opened\n\nA note.[^1]\n\n[^1]: Figures are provisional.\n";
    return body;
}

}  // namespace

Files bench_site(int pages) {
    Files files = minimal_site();
    files["content/methodology.md"] = "---\ntitle: Methodology\n---\n## Sources\n";
    const int per_section = 500;
    for (int i = 0; i < pages; ++i) {
        std::string section = fmt::format("region-{:03}", i / per_section);
        files[fmt::format("content/{}/area-{}.md", section, i)] = page_body(i);
        if (i % per_section == 0) {
            files[fmt::format("content/{}/_index.md", section)] = "---\ntitle: Region\n---\nAreas.\n";
            files[fmt::format("content/{}/area-{}.md", section, i)] = page_body(i);
        }
    }
    // Links to the previous area stay inside a section.
    for (int i = 0; i < pages; i += per_section) {
        files[fmt::format("content/region-{:03}/area-{}.md", i / per_section, i)] =
            fmt::format("---\ntitle: First area {}\n---\n## Summary\n\nFirst area.\n", i);
    }
    return files;
}

}  // namespace candour::testing
