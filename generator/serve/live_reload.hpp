#pragma once
// What the preview adds to the browser: a same-origin script (the pages'
// Content-Security-Policy forbids inline script) that reloads the page after a
// rebuild and lists build problems over it, and its stylesheet. None of it is
// ever part of the site: it is added to HTML responses as they are served.
#include <string>
#include <string_view>

namespace candour {

// Everything the preview itself answers lives under this path, outside any
// path a site can publish (candour never writes a folder starting "__").
inline constexpr std::string_view preview_prefix = "/__candour/";
inline constexpr std::string_view reload_script_path = "/__candour/reload.js";
inline constexpr std::string_view overlay_css_path = "/__candour/overlay.css";
inline constexpr std::string_view status_path = "/__candour/status";
inline constexpr std::string_view events_path = "/__candour/events";  // Server-Sent Events

// The tag added before </body>.
inline constexpr std::string_view reload_script_tag = "<script src=\"/__candour/reload.js\" defer></script>\n";

const std::string& reload_script();
const std::string& overlay_css();

// `html` with the reload script tag before its last </body> (at the end if
// there is none).
std::string with_reload_script(std::string html);

// Served for every page until the first build without errors, so that the
// overlay can show what stops it.
std::string waiting_page();

}  // namespace candour
