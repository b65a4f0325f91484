#include "render/data_markdown_check.hpp"

#include "markdown/markdown_fragment.hpp"
#include "markdown/url_safety.hpp"

namespace candour {

namespace {

void check_text(const std::string& text, const TextOrigin& origin, const LinkResolver& links, Diagnostics& diags) {
    if (text.empty()) return;
    for (const FragmentLink& link : markdown_fragment_links(text)) {
        SourcePos pos = origin.at_line_col(text, link.line, link.byte_col);
        if (auto scheme = dangerous_scheme(link.url)) {
            UrlProblem p = dangerous_url_problem(*scheme, link.image ? "this image's address" : "this link");
            diags.error(pos, p.message, p.hint);
            continue;
        }
        links.check_data_link(link.url, pos, diags);
    }
}

}  // namespace

void check_data_markdown(const Accountability& a, const LinkResolver& links, Diagnostics& diags) {
    for (const auto& round : a.rounds) {
        for (const auto& f : round.findings) check_text(f.did, f.did_origin, links, diags);
    }
    for (const auto& t : a.trackers) {
        for (const auto& r : t.recommendations) check_text(r.response, r.response_origin, links, diags);
    }
    for (const auto& plan : a.plans) {
        for (const auto& section : plan.sections) {
            for (const auto& action : section.actions) check_text(action.update, action.update_origin, links, diags);
        }
    }
}

}  // namespace candour
