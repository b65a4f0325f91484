#include "render/page_renderer.hpp"

#include <kainjow/mustache.hpp>

namespace candour {

namespace mustache = kainjow::mustache;

namespace {

// kainjow has no number type: a number given as data silently becomes a
// boolean and prints nothing. Every number is turned into text here.
mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data obj{mustache::data::type::object};
            for (const auto& [k, v] : value.items()) obj.set(k, to_mustache(v));
            return obj;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            for (const auto& v : value) list.push_back(to_mustache(v));
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
class ThemeContext : public mustache::context<std::string> {
public:
    ThemeContext(const mustache::data* data, const std::map<std::string, mustache::data>& partials)
        : mustache::context<std::string>(data), partials_(partials) {}

    const mustache::data* get_partial(const std::string& name) const override {
        auto it = partials_.find(name);
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    const std::map<std::string, mustache::data>& partials_;
};

}  // namespace

struct PageRenderer::Compiled {
    std::map<std::string, std::unique_ptr<mustache::mustache>> layouts;
    std::map<std::string, mustache::data> partials;
    std::map<std::string, std::unique_ptr<mustache::mustache>> compiled_partials;
};

PageRenderer::PageRenderer(const TemplateSet& templates)
    : compiled_(std::make_unique<Compiled>()), messages_(templates.messages) {
    for (const auto& [name, t] : templates.layouts) {
        compiled_->layouts.emplace(name, std::make_unique<mustache::mustache>(t.source));
    }
    for (const auto& [name, t] : templates.partials) compiled_->partials.emplace(name, mustache::data(t.source));
}

PageRenderer::~PageRenderer() = default;

std::string PageRenderer::render(const std::string& layout, const nlohmann::json& view) {
    mustache::data data = to_mustache(view);
    {
        ThemeContext ctx(&data, compiled_->partials);
        data.set("body_html", compiled_->layouts.at(layout)->render(ctx));
    }
    ThemeContext ctx(&data, compiled_->partials);
    return compiled_->layouts.at("base")->render(ctx);
}

std::string PageRenderer::render_partial(const std::string& partial, const nlohmann::json& view) {
    auto& compiled = compiled_->compiled_partials[partial];
    if (!compiled) compiled = std::make_unique<mustache::mustache>(compiled_->partials.at(partial).string_value());
    mustache::data data = to_mustache(view);
    ThemeContext ctx(&data, compiled_->partials);
    return compiled->render(ctx);
}

}  // namespace candour
