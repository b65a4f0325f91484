#include "validate/accountability_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "diagnostics/suggest.hpp"

namespace candour {

namespace {

// A name as a YAML flow item: quoted when a plain one would be misread.
std::string yaml_item(const std::string& name) {
    bool plain = !name.empty() && name.find_first_of(",[]{}#:\"\\") == std::string::npos &&
                 std::string_view("-?!&*|>'%@`").find(name.front()) == std::string_view::npos && name.front() != ' ' &&
                 name.back() != ' ';
    if (plain) return name;
    std::string out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

struct BodyRef {
    const std::string* name;
    const SourcePos* pos;
    const char* field;
};

std::vector<BodyRef> body_references(const Accountability& a) {
    std::vector<BodyRef> out;
    for (const auto& t : a.trackers) {
        for (std::size_t i = 0; i < t.responding_for.size() && i < t.responding_for_pos.size(); ++i)
            out.push_back({&t.responding_for[i], &t.responding_for_pos[i], "responding_for"});
        for (const auto* list : t.item_lists()) {
            for (const auto& r : *list) {
                for (std::size_t i = 0; i < r.addressed_to.size() && i < r.addressed_to_pos.size(); ++i)
                    out.push_back({&r.addressed_to[i], &r.addressed_to_pos[i], "addressed_to"});
            }
        }
    }
    return out;
}

void check_bodies(const Accountability& a, const SiteConfig& config, Diagnostics& diags) {
    auto refs = body_references(a);
    // With an error in site.yaml its 'bodies' may be lost to it: that error comes first.
    if (refs.empty() || !config.privacy_settings_ok) return;
    if (!config.bodies_declared) {
        std::vector<std::string> names;
        for (const auto& r : refs) names.push_back(*r.name);
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        diags.error({site_config_file, 1, 1},
                    "the inspection trackers name bodies, but site.yaml does not declare them",
                    fmt::format("add this line to site.yaml, check each name, and use these names in every tracker: {}",
                                bodies_line(names)));
        return;
    }
    for (const auto& r : refs) {
        if (std::find(config.bodies.begin(), config.bodies.end(), *r.name) != config.bodies.end()) continue;
        diags.error(*r.pos,
                    fmt::format("'{}' in '{}' is not one of the bodies declared in site.yaml", *r.name, r.field),
                    did_you_mean(*r.name, config.bodies,
                                 fmt::format("correct the name, or add it to 'bodies' in site.yaml; declared: {}",
                                             fmt::join(config.bodies, ", "))));
    }
}

}  // namespace

std::string bodies_line(const std::vector<std::string>& names) {
    std::vector<std::string> items;
    for (const auto& n : names) items.push_back(yaml_item(n));
    return fmt::format("bodies: [{}]", fmt::join(items, ", "));
}

void check_accountability(const Accountability& a, const Catalogue* catalogue, const SiteConfig& config,
                          Diagnostics& diags) {
    check_bodies(a, config, diags);
    std::vector<std::string> ids;
    if (catalogue) {
        for (const auto& ind : catalogue->indicators) ids.push_back(ind.id);
    }
    for (const auto& round : a.rounds) {
        for (const auto& f : round.findings) {
            for (std::size_t i = 0; i < f.indicators.size(); ++i) {
                if (std::find(ids.begin(), ids.end(), f.indicators[i]) != ids.end()) continue;
                if (catalogue && catalogue->may_define(f.indicators[i])) continue;  // reported in the catalogue
                diags.error(f.indicator_pos[i],
                            fmt::format("no indicator called '{}' in the KPI catalogue", f.indicators[i]),
                            did_you_mean(f.indicators[i], ids, "use an id from data/kpi/catalogue.yaml"));
            }
        }
    }
}

}  // namespace candour
