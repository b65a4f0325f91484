// data/releases.yaml: when each period's figures are, or were, published.
#include <fmt/format.h>

#include <map>

#include "load/accountability_fields.hpp"
#include "load/release_calendar_load.hpp"
#include "load/text_file.hpp"

namespace candour {

namespace {

const std::vector<std::string> file_keys = {"releases"};
const std::vector<std::string> entry_keys = {"period", "date", "month"};
constexpr const char* entry_example =
    "for example '- period: 2024-25 Q3' with 'date: 2025-02-13' (or, while the day is not fixed, "
    "'month: 2025-05') on the next line";

std::optional<Period> read_period(const YAML::Node& n, YamlFields& f) {
    auto text = f.string(n, "period", true);
    if (!text) return std::nullopt;
    if (auto p = Period::parse(*text)) return p;
    f.diags().error(f.pos(n["period"]), fmt::format("'{}' is not a period", *text),
                    "write a quarter as '2024-25 Q1', a month as '2024-04' or a financial year as '2024-25'");
    return std::nullopt;
}

std::optional<Period> read_month(const YAML::Node& n, YamlFields& f) {
    auto text = f.string(n, "month", true);
    if (!text) return std::nullopt;
    auto p = Period::parse(*text);
    if (p && p->kind() == PeriodKind::month) return p;
    f.diags().error(f.pos(n["month"]), fmt::format("'month' must be a month written YYYY-MM, not '{}'", *text),
                    "for example 'month: 2025-05'; once the day is fixed, write 'date: 2025-05-15' instead");
    return std::nullopt;
}

// Exactly one of 'date' (confirmed) and 'month' (provisional).
bool read_when(const YAML::Node& n, YamlFields& f, AnnouncedRelease& out) {
    bool has_date = static_cast<bool>(n["date"]);
    bool has_month = static_cast<bool>(n["month"]);
    if (has_date && has_month) {
        f.diags().error(f.key_pos(n, "month"), "this release has both a 'date' and a 'month'",
                        "keep 'date' once the day is confirmed, and delete 'month'");
        return false;
    }
    if (!has_date && !has_month) {
        f.diags().error(f.pos(n), "this release has no 'date' or 'month'",
                        "add 'date: YYYY-MM-DD' for a confirmed day, or 'month: YYYY-MM' while it is provisional");
        return false;
    }
    out.when_pos = f.pos(n[has_date ? "date" : "month"]);
    if (has_date)
        out.date = f.date(n, "date");
    else
        out.month = read_month(n, f);
    return out.date || out.month;
}

std::optional<AnnouncedRelease> read_entry(const YAML::Node& n, YamlFields& f) {
    f.check_keys(n, entry_keys, "release");
    AnnouncedRelease out;
    out.pos = f.pos(n);
    auto period = read_period(n, f);
    bool when = read_when(n, f, out);
    if (!period || !when) return std::nullopt;
    out.period = *period;
    if (out.latest().iso() <= out.period.end_iso()) {
        f.diags().error(out.when_pos,
                        fmt::format("the figures for {} can't be published on {}, before the period ends on {}",
                                    out.period.code(), out.when_display(), parse_date(out.period.end_iso())->display()),
                        "check the period and the date");
        return std::nullopt;
    }
    return out;
}

// Date order, so the calendar reads down the page as time passes; one
// entry a period, so "Next update" and the report pages agree.
void check_order(const std::vector<AnnouncedRelease>& releases, Diagnostics& diags) {
    std::map<std::string, const AnnouncedRelease*> by_period;
    for (std::size_t i = 0; i < releases.size(); ++i) {
        const AnnouncedRelease& r = releases[i];
        auto [first, inserted] = by_period.emplace(r.period.code(), &r);
        if (!inserted) {
            diags.error(r.pos,
                        fmt::format("{} is in the calendar twice; the first is on line {}", r.period.code(),
                                    first->second->pos.line),
                        "keep one entry for each period: change its date there if the release moved");
        }
        if (i == 0) continue;
        const AnnouncedRelease& before = releases[i - 1];
        if (r.earliest() < before.earliest()) {
            diags.error(r.when_pos,
                        fmt::format("releases are out of order: {} ({}) comes after {} ({})", r.when_display(),
                                    r.period.code(), before.when_display(), before.period.code()),
                        "list the releases in date order, earliest first");
        } else if (r.period < before.period && inserted) {
            diags.error(r.pos,
                        fmt::format("{} is released after {}, a later period", r.period.code(), before.period.code()),
                        "list the releases in date order, earliest first, and check the periods");
        }
    }
}

}  // namespace

ReleaseCalendar read_release_calendar(const std::string& path, const std::string& text, Diagnostics& diags) {
    ReleaseCalendar calendar;
    calendar.file = path;
    YamlSource src{path, text, 0};
    auto root = parse_yaml(src, text, diags);
    if (!root) return calendar;
    if (!root->IsMap()) {
        diags.error(src.start(), "the release calendar must start with 'releases:'",
                    "see docs/releases.md for an example");
        return calendar;
    }
    YamlFields yaml(src, diags);
    AccountabilityFields f(yaml);
    yaml.check_keys(*root, file_keys, "release calendar");
    int errors_before = diags.error_count();
    f.for_each_entry(
        *root, "releases", entry_example,
        [&](const YAML::Node& n) {
            if (auto r = read_entry(n, yaml)) calendar.releases.push_back(std::move(*r));
        },
        true);
    // Order is only worth checking once every entry could be read.
    if (diags.error_count() == errors_before) check_order(calendar.releases, diags);
    return calendar;
}

ReleaseCalendar load_release_calendar(const FileSystem& fs, Diagnostics& diags) {
    if (!fs.is_file(release_calendar_file)) return {};
    auto text = read_text_file(fs, release_calendar_file, diags);
    if (!text) return {};
    return read_release_calendar(release_calendar_file, *text, diags);
}

}  // namespace candour
