#include "serve/content_type.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("every kind of file the site publishes is served with its content type") {
    CHECK(content_type_of("index.html") == "text/html; charset=utf-8");
    CHECK(content_type_of("reports/2024-25-q2/index.html") == "text/html; charset=utf-8");
    CHECK(content_type_of("assets/css/main.css") == "text/css; charset=utf-8");
    CHECK(content_type_of("assets/js/table.js") == "text/javascript; charset=utf-8");
    CHECK(content_type_of("charts/charge-rate.svg") == "image/svg+xml");
    CHECK(content_type_of("data/kpis.json") == "application/json");
    CHECK(content_type_of("downloads/kpis-2024-25-q2.csv") == "text/csv; charset=utf-8");
    CHECK(content_type_of("sitemap.xml") == "application/xml");
    CHECK(content_type_of("robots.txt") == "text/plain; charset=utf-8");
    CHECK(content_type_of("assets/logo.PNG") == "image/png");
}

TEST_CASE("files with no or an unknown extension are sent as plain bytes") {
    CHECK(content_type_of("LICENCE") == "application/octet-stream");
    CHECK(content_type_of("assets.v2/README") == "application/octet-stream");
    CHECK(content_type_of("archive.tar.zst") == "application/octet-stream");
}
