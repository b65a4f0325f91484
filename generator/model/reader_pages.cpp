#include "model/reader_pages.hpp"

namespace candour {

std::vector<GeneratedPage> reader_pages(const SourceTree& tree, bool revisions) {
    std::vector<GeneratedPage> out;
    if (revisions) {
        out.push_back({PageKind::revisions, revisions_url_dir, "Revisions", "revisions", "", {"releases", 1, 1}, true});
    }
    if (!tree.releases.empty()) {
        out.push_back({PageKind::release_calendar, release_calendar_url_dir, "Release calendar", "release-calendar", "",
                       tree.releases.releases.front().pos, true});
    }
    SourcePos config{site_config_file, 1, 1};
    out.push_back({PageKind::a_to_z, a_to_z_url_dir, "A to Z", "a-to-z", "", config, true});
    out.push_back({PageKind::search, search_url_dir, "Search", "search", "", config, true});
    return out;
}

}  // namespace candour
