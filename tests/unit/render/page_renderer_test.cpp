#include "render/page_renderer.hpp"

#include <catch2/catch.hpp>

using namespace candour;

namespace {

TemplateSet templates(const std::string& page, const std::map<std::string, std::string>& partials = {}) {
    TemplateSet set;
    set.layouts["base"] = {"base", "base", "<body>{{{body_html}}}</body>", {}};
    set.layouts["page"] = {"page", "page", page, {}};
    for (const auto& [name, source] : partials) set.partials[name] = {name, name, source, {}};
    return set;
}

}  // namespace

TEST_CASE("numbers in the view model print as numbers, not as nothing") {
    PageRenderer renderer(templates("{{count}} of {{total}} ({{share}})"), {});
    nlohmann::json view{{"count", 9}, {"total", 14}, {"share", 0.5}};
    CHECK(renderer.render("page", view) == "<body>9 of 14 (0.5)</body>");
}

TEST_CASE("values are escaped; the layout's output is wrapped by base") {
    PageRenderer renderer(templates("<h1>{{title}}</h1>"), {});
    CHECK(renderer.render("page", {{"title", "<b>\"A&B\"</b>"}}) ==
          "<body><h1>&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</h1></body>");
}

TEST_CASE("partials come from the theme even when the data has a key of the same name") {
    PageRenderer renderer(
        templates("{{> breadcrumbs}}", {{"breadcrumbs", "<nav>{{#breadcrumbs}}{{title}};{{/breadcrumbs}}</nav>"}}), {});
    nlohmann::json view{{"breadcrumbs", {{{"title", "Home"}}, {{"title", "Reports"}}}}};
    CHECK(renderer.render("page", view) == "<body><nav>Home;Reports;</nav></body>");
}

TEST_CASE("booleans and empty lists drive sections") {
    PageRenderer renderer(templates("{{#flag}}yes{{/flag}}{{^items}}none{{/items}}"), {});
    CHECK(renderer.render("page", {{"flag", true}, {"items", nlohmann::json::array()}}) == "<body>yesnone</body>");
    CHECK(renderer.render("page", {{"flag", false}, {"items", {1}}}) == "<body></body>");
}

TEST_CASE("every page sees the shared data (the theme's words) beneath its own, inside sections too") {
    PageRenderer renderer(
        templates("<a>{{text.skip_link}}</a>{{#items}}{{text}}: {{text.label}};{{/items}}{{> footer}}",
                  {{"footer", "<p>{{text.footer.contact}}</p>"}}),
        {{"text", {{"skip_link", "Neidio"}, {"label", "Label"}, {"footer", {{"contact", "Cysylltu"}}}}}});
    nlohmann::json view{{"items", {{{"text", "one"}}}}};
    CHECK(renderer.render("page", view) == "<body><a>Neidio</a>one: Label;<p>Cysylltu</p></body>");
}
