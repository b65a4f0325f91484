#pragma once
// Finding the generated page for a theme, tracker, recommendation or plan.
#include <string>

#include "model/routes.hpp"

namespace candour {

inline const Route* generated_page(const Routes& routes, PageKind kind, const std::string& subject) {
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
