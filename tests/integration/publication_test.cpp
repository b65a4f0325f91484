// Drafts and pages dated after today: never in `candour build`, shown with a
// banner by `candour serve` so editors can read them before release.
#include <catch2/catch.hpp>

#include "build/build.hpp"
#include "support/rendered_site.hpp"
#include "support/site_fixture.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

const Date release_eve{2024, 11, 14};

Files site_with_unpublished_pages() {
    Files site = minimal_site();
    site["content/reports/q2.md"] = "---\ntitle: Q2 report\ndate: 2024-11-15\n---\nQ2 figures.\n";
    site["content/reports/q3.md"] = "---\ntitle: Q3 report\ndraft: true\n---\nQ3 figures.\n";
    return site;
}

using Built = RenderedFiles;

Built render(const std::string& source, bool preview, Date today) {
    return render_source(source, today, preview);
}

bool any_file_contains(const Built& built, const std::string& text) {
    for (const auto& [_, bytes] : built.files) {
        if (bytes.find(text) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("drafts and pages dated after today are left out of the published site") {
    TempDir dir;
    write_files(dir.path(), site_with_unpublished_pages());
    Built built = render(dir.path(), false, release_eve);
    CHECK(built.problems.empty());
    CHECK(built.files.count("reports/q1/index.html") == 1);
    CHECK_FALSE(built.files.count("reports/q2/index.html"));
    CHECK_FALSE(built.files.count("reports/q3/index.html"));
    CHECK_FALSE(any_file_contains(built, "Q2 report"));  // not in the reports list or the sitemap either
    CHECK_FALSE(any_file_contains(built, "Q3 report"));
    CHECK_FALSE(any_file_contains(built, "class=\"preview-banner\""));
}

TEST_CASE("a scheduled page is published by the first build on its date") {
    TempDir dir;
    write_files(dir.path(), site_with_unpublished_pages());
    Built built = render(dir.path(), false, Date{2024, 11, 15});
    REQUIRE(built.files.count("reports/q2/index.html") == 1);
    CHECK(built.files["reports/q2/index.html"].find("preview-banner") == std::string::npos);
    CHECK(built.files["sitemap.xml"].find("reports/q2/") != std::string::npos);
}

TEST_CASE("the preview shows drafts and scheduled pages, each with a banner saying so") {
    TempDir dir;
    write_files(dir.path(), site_with_unpublished_pages());
    Built preview = render(dir.path(), true, release_eve);
    CHECK(preview.problems.empty());
    REQUIRE(preview.files.count("reports/q3/index.html") == 1);
    CHECK(preview.files["reports/q3/index.html"].find(
              "<p class=\"preview-banner\"><strong>Draft: not published.</strong>") != std::string::npos);
    REQUIRE(preview.files.count("reports/q2/index.html") == 1);
    const std::string& q2 = preview.files["reports/q2/index.html"];
    CHECK(q2.find("<strong>Scheduled: not yet published.</strong> This page is dated 15 November 2024") !=
          std::string::npos);
    // The banner sits at the top of the main content, where a screen reader lands from the skip link.
    CHECK(q2.find("<main id=\"main-content\" tabindex=\"-1\">\n<p class=\"preview-banner\">") != std::string::npos);
    CHECK(preview.files["reports/q1/index.html"].find("preview-banner") == std::string::npos);
}

TEST_CASE("with nothing unpublished, the preview is byte for byte the published site") {
    TempDir dir;
    write_files(dir.path(), minimal_site());
    Built built = render(dir.path(), false, release_eve);
    Built preview = render(dir.path(), true, release_eve);
    REQUIRE_FALSE(built.files.empty());
    CHECK(preview.files == built.files);
}

TEST_CASE("a link to a scheduled page is an error in build that names the date, a warning in preview") {
    TempDir dir;
    Files site = site_with_unpublished_pages();
    site["content/reports/q1.md"] = "---\ntitle: Q1 report\n---\nSee [the next report](q2.md).\n";
    write_files(dir.path(), site);
    Built built = render(dir.path(), false, release_eve);
    CHECK(built.problems ==
          std::vector<std::string>{"content/reports/q1.md:4:5: error: link to 'q2.md', which is dated 15 November 2024 "
                                   "and will not be published until then\n"
                                   "  hint: remove the link until that day, or change the 'date' of that page"});
    Built preview = render(dir.path(), true, release_eve);
    CHECK(preview.problems ==
          std::vector<std::string>{"content/reports/q1.md:4:5: warning: link to 'q2.md', which is not published yet\n"
                                   "  hint: 'candour build' will report this link as an error until that page is "
                                   "published"});
    CHECK(preview.files["reports/q1/index.html"].find("href=\"../../reports/q2/\"") != std::string::npos);
}

TEST_CASE("navigation to a scheduled page is an error in build") {
    TempDir dir;
    Files site = site_with_unpublished_pages();
    site["site.yaml"] += "  - title: Latest\n    url: reports/q2.md\n";
    write_files(dir.path(), site);
    Built built = render(dir.path(), false, release_eve);
    REQUIRE(built.problems.size() == 1);
    CHECK(built.problems[0].rfind(
              "site.yaml:8:10: error: navigation links to 'reports/q2.md', which is dated after today, so it is "
              "not published yet",
              0) == 0);
}

TEST_CASE("candour build leaves out a page dated in the future by the real calendar") {
    TempDir dir;
    Files site = minimal_site();
    site["content/reports/q9.md"] = "---\ntitle: Far future report\ndate: 2999-01-01\n---\nLater.\n";
    write_files(dir / "src", site);
    REQUIRE(run_candour({"build", "--source", dir / "src", "--output", dir / "out"}).exit_code == 0);
    Files out = read_tree(dir / "out");
    CHECK(out.count("reports/index.html") == 1);
    CHECK_FALSE(out.count("reports/q9/index.html"));
    for (const auto& [path, bytes] : out) CHECK(bytes.find("Far future report") == std::string::npos);
}
