// The words candour writes come from the theme's message catalogue: a site
// changes one in templates/overrides/messages/en-GB.po and the next build
// says it, with no rebuild of candour; a broken message stops the build
// with a located error.
#include <catch2/catch.hpp>

#include "support/chart_site.hpp"
#include "support/theme_messages.hpp"

using namespace candour::testing;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("changing one message in the site's catalogue changes the built site, with no rebuild of candour") {
    TempDir dir;
    Files site = chart_site();
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--source", dir / "src", "--output", dir / "before"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    std::string before = read_tree(dir / "before")["indicators/charges/index.html"];
    CHECK(has(before, "In July to September 2024, the number of charges was 52"));

    site["templates/overrides/messages/en-GB.po"] =
        po_header + "msgid \"indicator.level.count\"\nmsgstr \"{title} in {period}: {value}.\"\n";
    write_files(dir / "src", site);
    run = run_candour({"build", "--source", dir / "src", "--output", dir / "after"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Files after = read_tree(dir / "after");
    CHECK(has(after["indicators/charges/index.html"], "charges in July to September 2024: 52"));
    CHECK(!has(after["indicators/charges/index.html"], "the number of charges was"));
}

TEST_CASE("a message with a misspelt placeholder stops the build at its line, and the site is not written") {
    TempDir dir;
    Files site = chart_site();
    site["templates/overrides/messages/en-GB.po"] =
        po_header + "msgid \"indicator.level.count\"\nmsgstr \"In {period}, {tittle} was {value}.\"\n";
    write_files(dir / "src", site);
    auto run = run_candour({"build", "--source", dir / "src", "--output", dir / "out"});
    CHECK(run.exit_code == 1);
    CHECK(has(run.err,
              "templates/overrides/messages/en-GB.po:6:1: error: message 'indicator.level.count' uses {tittle}, "
              "which it is not given"));
    CHECK(has(run.err, "did you mean 'title'?"));
    CHECK(read_tree(dir / "out").empty());
}
