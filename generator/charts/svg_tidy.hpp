#pragma once
// Makes Vega's SVG fit to inline in a page under the site's
// Content-Security-Policy, and gives it its text alternative.
#include <string>

namespace candour {

// The part of an id that place_svg replaces with the chart's id on its page.
inline constexpr const char* svg_id_token = "@chart@";

// Done once per rendered spec (the result is what the cache keeps):
// - `style` attributes become presentation attributes and <style> elements
//   go, because `style-src 'self'` blocks both when inlined;
// - ids (clip paths, gradients) get the id token as a prefix, so two charts
//   on a page never share one;
// - ARIA roles and labels on marks go: the whole chart is one image with a
//   text alternative, and its data table is beside it;
// - empty paths go and coordinates keep two decimal places, which halves
//   the size without a visible change.
std::string tidy_svg(const std::string& svg);

// The SVG for one place on a page: ids prefixed with `id`, and role="img"
// labelled by a <title> and described by a <desc>.
std::string place_svg(const std::string& tidy, const std::string& id, const std::string& title,
                      const std::string& desc);

// Text with &, <, > and " escaped for XML.
std::string xml_escape(const std::string& text);

}  // namespace candour
