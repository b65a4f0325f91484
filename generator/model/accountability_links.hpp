#pragma once
// Finding the generated page for a theme, tracker, recommendation or plan.
#include <string>

#include "model/routes.hpp"

namespace candour {

inline const Route* generated_page(const Routes& routes, PageKind kind, const std::string& subject) {
    auto it = routes.by_kind_and_subject.find({kind, subject});
    if (it != routes.by_kind_and_subject.end()) return &routes.pages[static_cast<std::size_t>(it->second)];
    // Routes made by hand (tests) have no index.
    if (!routes.by_kind_and_subject.empty()) return nullptr;
    for (const auto& r : routes.pages) {
        if (r.kind == kind && r.subject == subject) return &r;
    }
    return nullptr;
}

inline std::string link_to_generated(const Routes& routes, const Route& from, PageKind kind, const std::string& subject,
                                     const std::string& base_path) {
    const Route* to = generated_page(routes, kind, subject);
    return to ? link_between(from, *to, base_path) : "";
}

}  // namespace candour
