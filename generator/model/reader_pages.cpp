#include "model/reader_pages.hpp"

namespace candour {

std::vector<GeneratedPage> reader_pages(const SourceTree& tree, bool revisions) {
    const Messages& m = tree.templates.messages;
    std::vector<GeneratedPage> out;
    if (revisions) {
        out.push_back({PageKind::revisions,
                       revisions_url_dir,
                       m.text("page.revisions.title"),
                       "revisions",
                       "",
                       {"releases", 1, 1},
                       true});
    }
    if (!tree.releases.empty()) {
        out.push_back({PageKind::release_calendar, release_calendar_url_dir, m.text("page.release_calendar.title"),
                       "release-calendar", "", tree.releases.releases.front().pos, true});
    }
    SourcePos config{site_config_file, 1, 1};
    out.push_back({PageKind::a_to_z, a_to_z_url_dir, m.text("page.a_to_z.title"), "a-to-z", "", config, true});
    out.push_back({PageKind::search, search_url_dir, m.text("page.search.title"), "search", "", config, true});
    return out;
}

}  // namespace candour
