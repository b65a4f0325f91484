#pragma once
// The JSON each template sees. Only this file decides its shape; templates
// are logic-less, so anything they need to decide is computed here.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

struct RenderedBody {
    std::string html;
    std::vector<std::pair<std::string, std::string>> toc;  // (id, text) of each h2
};

// The Content-Security-Policy every page carries: nothing from other origins
// and no inline script.
std::string content_security_policy();

nlohmann::json build_view_model(const SourceTree& tree, const Routes& routes, std::size_t page_index,
                                const RenderedBody& body);

}  // namespace candour
