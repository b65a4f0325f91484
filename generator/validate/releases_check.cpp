// A quarterly report and the release calendar must agree on its day: the
// report's front-matter 'date' schedules its page, the calendar announces
// it, and the two must not drift apart (docs/releases.md).
#include <fmt/format.h>

#include "load/release_calendar_load.hpp"
#include "validate/validate.hpp"

namespace candour {

void validate_release_dates(const SourceTree& tree, Diagnostics& diags) {
    if (tree.releases.empty()) return;
    for (const auto& file : tree.content) {
        const FrontMatter& fm = file.front;
        if (!fm.period || fm.draft) continue;
        const AnnouncedRelease* release = tree.releases.find(*fm.period);
        if (!release) {
            diags.warning(fm.period_pos,
                          fmt::format("the figures for {} are not in the release calendar", fm.period->code()),
                          fmt::format("add '- period: {}' with the day they are published to {}", fm.period->code(),
                                      release_calendar_file));
            continue;
        }
        if (!fm.date) continue;
        if (release->date && *release->date != *fm.date) {
            diags.error(fm.date_pos,
                        fmt::format("this report is dated {}, but the release calendar announces {} for {}",
                                    fm.date->display(), fm.period->code(), release->date->display()),
                        fmt::format("the page is published on its 'date': make it the same as line {} of {}, "
                                    "or correct the calendar if the release moved",
                                    release->when_pos.line, release_calendar_file));
        } else if (!release->date && (*fm.date < release->earliest() || release->latest() < *fm.date)) {
            diags.error(fm.date_pos,
                        fmt::format("this report is dated {}, but the release calendar expects {} in {}",
                                    fm.date->display(), fm.period->code(), release->when_display()),
                        fmt::format("confirm the day in {} (line {}): replace 'month' with 'date: {}'",
                                    release_calendar_file, release->when_pos.line, fm.date->iso()));
        } else if (!release->date) {
            // The page will go out on its day: readers of the calendar should see that day too.
            diags.warning(release->when_pos,
                          fmt::format("{} is still provisional here, but {} is dated {}", fm.period->code(), file.path,
                                      fm.date->display()),
                          fmt::format("confirm the day: replace 'month: {}' with 'date: {}'", release->when_iso(),
                                      fm.date->iso()));
        }
    }
}

}  // namespace candour
