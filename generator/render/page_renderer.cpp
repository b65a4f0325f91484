#include "render/page_renderer.hpp"

#include <kainjow/mustache.hpp>
#include <string_view>
#include <unordered_map>

namespace candour {

namespace mustache = kainjow::mustache;

namespace {

// kainjow has no number type: a number given as data silently becomes a
// boolean and prints nothing. Every number is turned into text here.
// kainjow's set() and push_back() copy the value, so building a page's data
// bottom-up copied every subtree once per level above it (a tenth of a
// build's time). Each child goes in as a placeholder instead and is then
// moved into its slot; the const_cast is sound, as `obj` itself is not const.
mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data obj{mustache::data::type::object};
            for (const auto& [k, v] : value.items()) {
                obj.set(k, mustache::data{false});
                const_cast<mustache::data&>(*obj.get(k)) = to_mustache(v);
            }
            return obj;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            for (const auto& v : value) {
                list.push_back(mustache::data{false});
                const_cast<mustache::list&>(list.list_value()).back() = to_mustache(v);
            }
            return list;
        }
        case nlohmann::json::value_t::string:
            return mustache::data(value.get_ref<const std::string&>());
        case nlohmann::json::value_t::boolean:
            return mustache::data(value.get<bool>() ? mustache::data::type::bool_true
                                                    : mustache::data::type::bool_false);
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float:
            return mustache::data(value.dump());
        default:
            return mustache::data(mustache::data::type::bool_false);
    }
}

// Looks partials up in the theme, never in the page's data, so a view-model
// key can't shadow a partial of the same name (or the other way round).
//
// Below the page's data it holds the data every page shares (the theme's
// words), converted once for the renderer rather than copied into each page.
// A page uses dozens of its dotted names ("text.footer.contact"), which
// kainjow would split and look for at every level of the page's data: they
// are found by their whole name instead (the page's own data has no `text`
// object, docs/templates.md).
struct SharedData {
    mustache::data root{mustache::data::type::object};
    std::unordered_map<std::string, mustache::data> by_path;  // "text", "text.footer", "text.footer.contact"
};

void index_shared(const nlohmann::json& value, const std::string& path, SharedData& into) {
    if (!path.empty()) into.by_path.emplace(path, to_mustache(value));
    if (!value.is_object()) return;
    for (const auto& [k, v] : value.items()) index_shared(v, path.empty() ? k : path + "." + k, into);
}

class ThemeContext : public mustache::context<std::string> {
public:
    ThemeContext(const mustache::data* data, const SharedData& shared,
                 const std::map<std::string, mustache::data>& partials)
        : mustache::context<std::string>(&shared.root), shared_(shared), partials_(partials) {
        push(data);
    }

    const mustache::data* get(const std::string& name) const override {
        if (name.find('.') != std::string::npos) {
            auto it = shared_.by_path.find(name);
            if (it != shared_.by_path.end()) return &it->second;
        }
        return mustache::context<std::string>::get(name);
    }

    const mustache::data* get_partial(const std::string& name) const override {
        auto it = partials_.find(name);
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    const SharedData& shared_;
    const std::map<std::string, mustache::data>& partials_;
};

std::string_view trimmed(std::string_view text) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// kainjow parses a partial's text again every time a page uses it, which was
// a sixth of a 10,000-page build. In kainjow a partial is plain substitution
// (no standalone-line indentation, and candour refuses changed delimiters),
// so a template compiled with each partial's text written in place of its
// tag renders the same, and is parsed once. Tags are read as kainjow reads
// them ("{{" to "}}", "{{{" to "}}}", trimmed), so a "{{>" inside a comment
// is left alone. Loops of partials never get here (templates_ready), but the
// depth is bounded anyway; a partial the theme lacks renders nothing, as in
// kainjow.
std::string with_partials_written_in(const std::string& source, const std::map<std::string, mustache::data>& partials,
                                     int depth = 0) {
    std::string out;
    std::size_t at = 0;
    while (true) {
        std::size_t open = source.find("{{", at);
        if (open == std::string::npos) break;
        bool triple = source.compare(open, 3, "{{{") == 0;
        std::size_t close = source.find(triple ? "}}}" : "}}", open + (triple ? 3 : 2));
        if (close == std::string::npos) break;
        std::size_t end = close + (triple ? 3 : 2);
        std::string_view inside = trimmed(std::string_view(source).substr(open + 2, close - open - 2));
        out.append(source, at, (triple || inside.empty() || inside[0] != '>' || depth >= 16 ? end : open) - at);
        if (!triple && !inside.empty() && inside[0] == '>' && depth < 16) {
            auto partial = partials.find(std::string(trimmed(inside.substr(1))));
            if (partial != partials.end())
                out += with_partials_written_in(partial->second.string_value(), partials, depth + 1);
        }
        at = end;
    }
    out.append(source, at);
    return out;
}

}  // namespace

struct PageRenderer::Compiled {
    SharedData shared;
    std::map<std::string, std::unique_ptr<mustache::mustache>> layouts;
    std::map<std::string, mustache::data> partials;
    std::map<std::string, std::unique_ptr<mustache::mustache>> compiled_partials;
};

PageRenderer::PageRenderer(const TemplateSet& templates, const nlohmann::json& shared)
    : compiled_(std::make_unique<Compiled>()), messages_(templates.messages) {
    if (shared.is_object()) {
        compiled_->shared.root = to_mustache(shared);
        index_shared(shared, "", compiled_->shared);
    }
    for (const auto& [name, t] : templates.partials) compiled_->partials.emplace(name, mustache::data(t.source));
    for (const auto& [name, t] : templates.layouts) {
        compiled_->layouts.emplace(
            name, std::make_unique<mustache::mustache>(with_partials_written_in(t.source, compiled_->partials)));
    }
}

PageRenderer::~PageRenderer() = default;

std::string PageRenderer::render(const std::string& layout, const nlohmann::json& view) {
    mustache::data data = to_mustache(view);
    {
        ThemeContext ctx(&data, compiled_->shared, compiled_->partials);
        data.set("body_html", compiled_->layouts.at(layout)->render(ctx));
    }
    ThemeContext ctx(&data, compiled_->shared, compiled_->partials);
    return compiled_->layouts.at("base")->render(ctx);
}

std::string PageRenderer::render_partial(const std::string& partial, const nlohmann::json& view) {
    auto& compiled = compiled_->compiled_partials[partial];
    if (!compiled)
        compiled = std::make_unique<mustache::mustache>(
            with_partials_written_in(compiled_->partials.at(partial).string_value(), compiled_->partials));
    mustache::data data = to_mustache(view);
    ThemeContext ctx(&data, compiled_->shared, compiled_->partials);
    return compiled->render(ctx);
}

}  // namespace candour
