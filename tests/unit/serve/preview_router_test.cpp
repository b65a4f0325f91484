#include "serve/preview_router.hpp"

#include <catch2/catch.hpp>

#include "serve/live_reload.hpp"

using namespace candour;

namespace {

const std::string script_tag = "<script src=\"/__candour/reload.js\" defer></script>";

// A built site published under /rasso/, as the sample site is.
void publish_built_site(PreviewState& state) {
    auto site = std::make_shared<SiteSnapshot>();
    site->base_path = "/rasso/";
    site->files["index.html"] = "<html><body><h1>Home</h1></body></html>";
    site->files["reports/index.html"] = "<html><body><h1>Reports</h1></body></html>";
    site->files["reports/q1/index.html"] = "<html><body><h1>Q1</h1></body></html>";
    site->files["404.html"] = "<html><body><h1>Page not found</h1></body></html>";
    site->files["assets/css/main.css"] = "body { color: #0b0c0c; }\n";
    site->files["sitemap.xml"] = "<urlset/>\n";
    state.publish(site, {});
}

}  // namespace

TEST_CASE("a folder's address serves its index.html, with the reload script") {
    PreviewState state;
    publish_built_site(state);
    PreviewResponse r = respond(state, "/rasso/reports/q1/");
    CHECK(r.status == 200);
    CHECK(r.content_type == "text/html; charset=utf-8");
    CHECK(r.body == "<html><body><h1>Q1</h1>" + script_tag + "\n</body></html>");
    CHECK(respond(state, "/rasso/").body.find("<h1>Home</h1>") != std::string::npos);
    CHECK(respond(state, "/rasso/reports/q1/index.html").status == 200);
}

TEST_CASE("files other than HTML are served exactly as built") {
    PreviewState state;
    publish_built_site(state);
    PreviewResponse css = respond(state, "/rasso/assets/css/main.css");
    CHECK(css.status == 200);
    CHECK(css.content_type == "text/css; charset=utf-8");
    CHECK(css.body == "body { color: #0b0c0c; }\n");
    PreviewResponse xml = respond(state, "/rasso/sitemap.xml");
    CHECK(xml.content_type == "application/xml");
    CHECK(xml.body == "<urlset/>\n");
}

TEST_CASE("a folder asked for without its slash is redirected, so relative links work") {
    PreviewState state;
    publish_built_site(state);
    PreviewResponse r = respond(state, "/rasso/reports/q1");
    CHECK(r.status == 302);
    CHECK(r.location == "/rasso/reports/q1/");
    CHECK(respond(state, "/").location == "/rasso/");
    CHECK(respond(state, "/rasso").location == "/rasso/");
}

TEST_CASE("an unknown address gets the site's own 404 page with status 404") {
    PreviewState state;
    publish_built_site(state);
    for (const char* path : {"/rasso/no-such-page/", "/rasso/reports/q9", "/elsewhere/", "/rasso/assets/x.css"}) {
        INFO(path);
        PreviewResponse r = respond(state, path);
        CHECK(r.status == 404);
        CHECK(r.content_type == "text/html; charset=utf-8");
        CHECK(r.body == "<html><body><h1>Page not found</h1>" + script_tag + "\n</body></html>");
    }
}

TEST_CASE("paths that try to leave the site are refused with 400 and read nothing") {
    PreviewState state;
    publish_built_site(state);
    for (std::string path : {"/rasso/../../../../etc/passwd", "/rasso/reports/../index.html", "/..",
                             "/rasso/..\\..\\etc\\passwd", "rasso/index.html"}) {
        INFO(path);
        PreviewResponse r = respond(state, path);
        CHECK(r.status == 400);
        CHECK(r.body == "Bad request\n");
    }
    CHECK(respond(state, std::string("/rasso/index.html\0.css", 22)).status == 400);
}

TEST_CASE("the preview's own files are served beside the site") {
    PreviewState state;
    publish_built_site(state);
    PreviewResponse script = respond(state, "/__candour/reload.js");
    CHECK(script.status == 200);
    CHECK(script.content_type == "text/javascript; charset=utf-8");
    CHECK(script.body == reload_script());
    CHECK(respond(state, "/__candour/overlay.css").content_type == "text/css; charset=utf-8");
    PreviewResponse status = respond(state, "/__candour/status");
    CHECK(status.content_type == "application/json");
    CHECK(status.body.find("\"has_site\":true") != std::string::npos);
    CHECK(respond(state, "/__candour/secrets").status == 404);
}

TEST_CASE("before the first good build every page explains that the preview is not ready") {
    PreviewState state;
    state.publish(nullptr, {{{"site.yaml", 1, 1}, Severity::error, "site.yaml is missing", ""}});
    PreviewResponse r = respond(state, "/rasso/reports/");
    CHECK(r.status == 503);
    CHECK(r.body.find("The preview is not ready yet") != std::string::npos);
    CHECK(r.body.find(script_tag) != std::string::npos);
    CHECK(respond(state, "/__candour/status").body.find("site.yaml is missing") != std::string::npos);
}
