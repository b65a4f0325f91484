#pragma once
// Finding the generated page for a theme, tracker, recommendation or plan.
#include <string>

#include "model/routes.hpp"

namespace candour {

inline const Route* generated_page(const Routes& routes, PageKind kind, const std::string& subject) {
    auto it = routes.by_kind_and_subject.find({kind, subject});
    if (it != routes.by_kind_and_subject.end()) return &routes.pages[static_cast<std::size_t>(it->second)];
    return routes.fallback ? generated_page(*routes.fallback, kind, subject) : nullptr;
}

inline std::string link_to_generated(const Routes& routes, const Route& from, PageKind kind, const std::string& subject,
                                     const std::string& base_path) {
    const Route* to = generated_page(routes, kind, subject);
    return to ? link_between(from, *to, base_path) : "";
}

}  // namespace candour
