#include <catch2/catch.hpp>

#include "support/site_fixture.hpp"

using namespace candour::testing;

TEST_CASE("build prints a summary line and exits 0") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("candour: wrote 6 pages (15 files) to " + (dir / "out") + " in ", 0) == 0);
    CHECK(r.out.find(", 0 warnings\n") != std::string::npos);
    // Home, reports and the Q1 report; the 404, A to Z and search pages are not indexed.
    CHECK(r.out.find("\ncandour: search index of 3 pages built in ") != std::string::npos);
}

TEST_CASE("every page names its icon and colour, and the navigation folds behind a Menu control on phones") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    auto r = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    REQUIRE(r.exit_code == 0);
    Files out = read_tree(dir / "out");
    // Browsers ask for /favicon.ico when a page names no icon: a 404 on every page.
    CHECK(out["assets/favicon.ico"].rfind(std::string("\0\0\1\0", 4), 0) == 0);
    CHECK(out["assets/favicon.svg"].rfind("<svg", 0) == 0);
    for (const char* page : {"index.html", "reports/q1/index.html", "404.html"}) {
        INFO(page);
        const std::string& html = out[page];
        CHECK(html.find("<link rel=\"icon\" href=\"") != std::string::npos);
        CHECK(html.find("<meta name=\"theme-color\" content=\"#12436d\">") != std::string::npos);
    }
    // One list in a <details> for narrow screens, naming the section the
    // reader is in, and the same links as a plain list for wide ones.
    const std::string& report = out["reports/q1/index.html"];
    CHECK(report.find("<details class=\"site-nav__menu\">\n<summary class=\"site-nav__toggle\">Menu<span "
                      "class=\"site-nav__here\"><span class=\"visually-hidden\">, this section:</span> ") !=
          std::string::npos);
    CHECK(report.find("<ul class=\"site-nav__list\">") != std::string::npos);
}

TEST_CASE("check validates without writing and says so") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    auto r = run_candour({"check", "--source", dir.path()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("candour: checked 6 pages in ", 0) == 0);
    CHECK(read_tree(dir / "site").empty());
}

TEST_CASE("usage errors exit 2, help and version exit 0") {
    CHECK(run_candour({}).exit_code == 2);
    CHECK(run_candour({"publish"}).exit_code == 2);
    CHECK(run_candour({"build", "--no-such-flag"}).exit_code == 2);
    CHECK(run_candour({"build", "--source", "/no/such/folder"}).exit_code == 2);
    auto help = run_candour({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("build") != std::string::npos);
    CHECK(help.out.find("check") != std::string::npos);
    auto version = run_candour({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out.find("candour ") != std::string::npos);
}

TEST_CASE("an output folder that would destroy the source or other files is refused") {
    TempDir dir;
    write_files(dir / "src", minimal_site());
    auto into_source = run_candour({"build", "--source", dir / "src", "--output", dir / "src"});
    CHECK(into_source.exit_code == 2);
    CHECK(read_tree(dir / "src").size() == minimal_site().size());

    write_files(dir / "documents", {{"letter.txt", "keep me"}});
    auto over_documents = run_candour({"build", "--source", dir / "src", "--output", dir / "documents"});
    CHECK(over_documents.exit_code == 2);
    CHECK(over_documents.err.find("holds no built site") != std::string::npos);
    CHECK(read_tree(dir / "documents") == Files{{"letter.txt", "keep me"}});
}

TEST_CASE("drafts are never built") {
    TempDir dir;
    Files site = minimal_site();
    site["content/reports/q3.md"] = "---\ntitle: Q3 draft report\ndraft: true\n---\nNot yet.\n";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files out = read_tree(dir / "out");
    CHECK_FALSE(out.count("reports/q3/index.html"));
    for (const auto& [path, bytes] : out) CHECK(bytes.find("Q3 draft report") == std::string::npos);
}

TEST_CASE("a site-level override replaces one partial without copying the theme") {
    TempDir dir;
    Files site = minimal_site();
    site["templates/overrides/partials/footer.mustache"] =
        "<footer class=\"custom\">{{site.organisation}} footer</footer>\n";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files out = read_tree(dir / "out");
    CHECK(out["index.html"].find("<footer class=\"custom\">Test OPCC footer</footer>") != std::string::npos);
    // The rest of the theme is still there.
    CHECK(out["index.html"].find("class=\"skip-link\"") != std::string::npos);
}

TEST_CASE("values from content are HTML-escaped in templates") {
    TempDir dir;
    Files site = minimal_site();
    site["content/reports/q1.md"] = "---\ntitle: \"<script>alert('x')</script> & more\"\n---\nText\n";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files out = read_tree(dir / "out");
    const auto& page = out["reports/q1/index.html"];
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; more") != std::string::npos);
}
