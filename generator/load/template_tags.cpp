#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "diagnostics/text_position.hpp"
#include "load/template_set.hpp"

namespace candour {

namespace {

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Every {{#section}} and {{^section}} must be closed by {{/section}}, in
// order. Checked here, rather than left to kainjow, to say where.
class SectionNesting {
public:
    explicit SectionNesting(Diagnostics& diags) : diags_(diags) {}

    void tag(const TemplateTag& tag) {
        if (tag.kind == '#' || tag.kind == '^') open_.push_back(tag);
        if (tag.kind != '/') return;
        if (open_.empty()) {
            diags_.error(tag.pos, fmt::format("'{{{{/{}}}}}' closes a section that was never opened", tag.name),
                         fmt::format("remove it, or open the section before it with '{{{{#{}}}}}'", tag.name));
            return;
        }
        const TemplateTag& top = open_.back();
        if (top.name == tag.name) {
            open_.pop_back();
            return;
        }
        diags_.error(tag.pos,
                     fmt::format("'{{{{/{}}}}}' closes a section, but the one open is '{}', opened at line {} "
                                 "column {}",
                                 tag.name, top.name, top.pos.line, top.pos.col),
                     fmt::format("close '{}' first with '{{{{/{}}}}}'", top.name, top.name));
        // Take the closed section off the stack wherever it is, so that the
        // close of the one still open is not reported again.
        auto it = std::find_if(open_.rbegin(), open_.rend(), [&](const TemplateTag& t) { return t.name == tag.name; });
        if (it != open_.rend()) open_.erase(std::next(it).base());
    }

    void end() {
        for (const auto& tag : open_) {
            diags_.error(tag.pos, fmt::format("the section '{}' is never closed", tag.name),
                         fmt::format("add '{{{{/{}}}}}' where it ends", tag.name));
        }
    }

private:
    Diagnostics& diags_;
    std::vector<TemplateTag> open_;
};

}  // namespace

std::vector<TemplateTag> scan_template_tags(const std::string& display_path, const std::string& source,
                                            Diagnostics& diags) {
    std::vector<TemplateTag> tags;
    SectionNesting sections(diags);
    std::size_t i = 0;
    while ((i = source.find("{{", i)) != std::string::npos) {
        auto lc = line_col_at(source, i);
        SourcePos pos{display_path, lc.line, lc.col};
        bool triple = source.compare(i, 3, "{{{") == 0;
        std::size_t inner = i + (triple ? 3 : 2);
        std::size_t close = source.find(triple ? "}}}" : "}}", inner);
        if (close == std::string::npos) {
            diags.error(pos, "this tag is never closed", triple ? "end it with '}}}'" : "end it with '}}'");
            return tags;  // the rest of the file is inside this tag
        }
        std::string body = trim(std::string_view(source).substr(inner, close - inner));
        i = close + (triple ? 3 : 2);
        TemplateTag tag{' ', body, pos};
        if (triple) {
            tag.kind = '&';
        } else if (!body.empty() && std::string_view(">&#^/!=").find(body[0]) != std::string_view::npos) {
            tag.kind = body[0];
            tag.name = trim(std::string_view(body).substr(1));
        }
        if (tag.kind == '!') continue;
        if (tag.kind == '=') {
            diags.error(pos, "changing the tag delimiters is not supported", "keep the default '{{ }}' delimiters");
            continue;
        }
        // Unescaped output is how HTML injection happens; only values the
        // generator itself produced as HTML (named *_html) may be unescaped.
        if (tag.kind == '&' && !ends_with(tag.name, "_html")) {
            diags.error(pos, fmt::format("'{}' is written without HTML escaping", tag.name),
                        fmt::format("use '{{{{{}}}}}': only values whose names end in '_html' may use "
                                    "triple braces",
                                    tag.name));
        }
        sections.tag(tag);
        tags.push_back(std::move(tag));
    }
    sections.end();
    return tags;
}

}  // namespace candour
