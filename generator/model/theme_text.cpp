#include "model/theme_text.hpp"

#include "io/escape.hpp"
#include "messages/message_ids.hpp"

namespace candour {

using nlohmann::json;

namespace {

constexpr std::string_view theme_prefix = "theme.";

}  // namespace

json theme_text(const Messages& messages, const SiteConfig& config) {
    const MessageArgs site{
        {"organisation", config.organisation}, {"address", config.contact.address}, {"site", config.title}};
    json text = json::object();
    for (const auto& spec : message_specs()) {
        if (spec.id.substr(0, theme_prefix.size()) != theme_prefix) continue;
        // "theme.footer.contact" is text["footer"]["contact"].
        json* at = &text;
        std::string_view rest = spec.id.substr(theme_prefix.size());
        for (auto dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.')) {
            at = &(*at)[std::string(rest.substr(0, dot))];
            rest.remove_prefix(dot + 1);
        }
        (*at)[std::string(rest)] = messages.text(spec.id, site);
    }
    return text;
}

json shared_view(const Messages& messages, const SiteConfig& config) {
    return {{"text", theme_text(messages, config)}};
}

std::string link_html(const std::string& url, const std::string& words) {
    return "<a href=\"" + escape_markup(url) + "\">" + escape_markup(words) + "</a>";
}

std::string time_html(const std::string& iso, const std::string& words) {
    return "<time datetime=\"" + escape_markup(iso) + "\">" + escape_markup(words) + "</time>";
}

std::string message_html(const Messages& messages, std::string_view id,
                         const std::vector<std::pair<std::string_view, std::string>>& html_args) {
    // Each placeholder is first filled with a marker that escaping leaves
    // alone ("\x01" and its number), then the marker with its HTML.
    MessageArgs markers;
    for (std::size_t i = 0; i < html_args.size(); ++i)
        markers.emplace_back(html_args[i].first, std::string("\x01") + static_cast<char>('0' + i));
    std::string text = escape_markup(messages.text(id, markers));
    std::string out;
    out.reserve(text.size() + 128);
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t arg = i + 1 < text.size() ? static_cast<std::size_t>(text[i + 1] - '0') : html_args.size();
        if (text[i] == '\x01' && arg < html_args.size()) {  // a marker, never a byte a catalogue wrote
            out += html_args[arg].second;
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace candour
