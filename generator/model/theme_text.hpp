#pragma once
// The theme's own words (docs/templates.md, "The theme's own words"): every
// "theme." message of the catalogue, as the `text` object every template
// sees ({{text.skip_link}}, {{text.footer.contact}}). Their placeholders come
// only from site.yaml, so the object is made once a build, not once a page.
//
// And the sentences of candour's own pages that hold links ("You can go to
// the home page, ..."): a whole message, its words escaped for HTML and its
// placeholders filled with links, so a translation can put them anywhere.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/site_config.hpp"
#include "messages/messages.hpp"

namespace candour {

// {"skip_link": "Skip to main content", "footer": {"contact": "Contact ..."}, ...}:
// message "theme.a.b" is text.a.b.
nlohmann::json theme_text(const Messages& messages, const SiteConfig& config);

// The data every page sees besides its own view model: {"text": theme_text(...)}.
nlohmann::json shared_view(const Messages& messages, const SiteConfig& config);

// A link as HTML: <a href="url">words</a>, both escaped.
std::string link_html(const std::string& url, const std::string& words);

// A date as HTML: <time datetime="2024-11-14">14 November 2024</time>.
std::string time_html(const std::string& iso, const std::string& words);

// Message `id` as HTML: its words escaped, each of `html_args` (made by
// link_html, say) put in its placeholder as it is.
std::string message_html(const Messages& messages, std::string_view id,
                         const std::vector<std::pair<std::string_view, std::string>>& html_args);

}  // namespace candour
