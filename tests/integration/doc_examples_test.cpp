// The docs' runnable examples, run as cmark runs its spec: every fenced
// block of docs/*.md marked with example=NAME is built with candour, on a
// copy of its base site, and must print or write what its doc says. A doc
// that drifts from the code fails here at its file and line.
#include "support/doc_examples.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace candour::testing;
namespace fs = std::filesystem;

namespace {

std::vector<DocText> repository_docs() {
    std::vector<DocText> docs;
    for (const auto& entry : fs::directory_iterator(std::string(CANDOUR_SOURCE_DIR) + "/docs")) {
        if (entry.path().extension() != ".md") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        docs.push_back(
            {"docs/" + entry.path().filename().string(), std::string(std::istreambuf_iterator<char>(in), {})});
    }
    std::sort(docs.begin(), docs.end(), [](const DocText& a, const DocText& b) { return a.doc < b.doc; });
    return docs;
}

// Every problem of every example of `docs`, reading and running alike.
std::vector<std::string> problems_of(const std::vector<DocText>& docs) {
    DocExamples found = read_doc_examples(docs);
    std::vector<std::string> problems = found.problems;
    DocExampleRunner runner({{"minimal", minimal_doc_base()}});
    for (const auto& example : found.examples) {
        for (auto& p : runner.run(example)) problems.push_back(std::move(p));
    }
    return problems;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

bool has_prefix(const std::vector<std::string>& lines, const std::string& prefix) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

}  // namespace

TEST_CASE("every runnable example in docs/ builds and shows what its doc says", "[doc-examples]") {
    DocExamples found = read_doc_examples(repository_docs());
    for (const auto& p : found.problems) FAIL_CHECK(p);
    // The docs mark dozens of examples; none found means the marking broke.
    CHECK(found.examples.size() >= 20);
    DocExampleRunner runner(
        {{"sample", sample_doc_base()}, {"bilingual", bilingual_doc_base()}, {"minimal", minimal_doc_base()}});
    for (const auto& example : found.examples) {
        for (const auto& p : runner.run(example)) FAIL_CHECK(p);
    }
}

TEST_CASE("a doc example that no longer builds fails at its doc and line, with candour's error", "[doc-examples]") {
    auto problems = problems_of({{"docs/broken.md",
                                  "# Broken\n\n"
                                  "```markdown example=typo base=minimal append=content/accessibility.md\n"
                                  "[a link](no-such-page.md)\n"
                                  "```\n"}});
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind("docs/broken.md:3: example 'typo': candour build failed:", 0) == 0);
    CHECK(problems[0].find("content/accessibility.md:6:1: error: link to ") != std::string::npos);
}

TEST_CASE("a doc example whose page lacks the expected text fails at the expect block", "[doc-examples]") {
    auto problems = problems_of({{"docs/wrong.md",
                                  "```markdown example=words base=minimal append=content/accessibility.md\n"
                                  "We test with screen readers.\n"
                                  "```\n\n"
                                  "```html example=words expect=accessibility/index.html\n"
                                  "<p>We test with screen readers.</p>\n"
                                  "<p>We test on phones.</p>\n"
                                  "```\n"}});
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          "docs/wrong.md:5: example 'words': accessibility/index.html does not contain (in this order) the line\n"
          "    <p>We test on phones.</p>");
}

TEST_CASE("a doc example's expected errors must be the ones candour prints", "[doc-examples]") {
    std::string page =
        "```markdown example=error base=minimal file=content/about/glossary.md\n"
        "---\n"
        "titel: Glossary\n"
        "---\n"
        "```\n\n";
    auto right = problems_of({{"docs/errors.md", page + "```text example=error expect=output\n"
                                                        "content/about/glossary.md:2:1: error: unknown front-matter "
                                                        "key 'titel'\n"
                                                        "  hint: did you mean 'title'?\n"
                                                        "```\n"}});
    CHECK(joined(right) == "");
    auto wrong = problems_of({{"docs/errors.md", page + "```text example=error expect=output\n"
                                                        "content/about/glossary.md:3:1: error: unknown front-matter "
                                                        "key 'titel'\n"
                                                        "```\n"}});
    INFO(joined(wrong));
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0].rfind("docs/errors.md:7: example 'error': output does not contain (in this order) the line\n"
                         "    content/about/glossary.md:3:1: error: unknown front-matter key 'titel'\n",
                         0) == 0);
}

TEST_CASE("a typo in a fence word fails rather than leaving the example out", "[doc-examples]") {
    auto problems = problems_of({{"docs/typo.md",
                                  "```yaml exmple=bodies base=minimal file=site.yaml\n"
                                  "title: x\n"
                                  "```\n\n"
                                  "```yaml example=other base=minmal file=site.yaml\n"
                                  "title: x\n"
                                  "```\n\n"
                                  "```yaml example=third base=minimal file=site.yaml runnable\n"
                                  "title: x\n"
                                  "```\n"}});
    INFO(joined(problems));
    CHECK(has_prefix(problems, "docs/typo.md:1: unknown fence word 'exmple=bodies'"));
    CHECK(has_prefix(problems, "docs/typo.md:5: unknown base 'minmal'"));
    CHECK(has_prefix(problems, "docs/typo.md:9: unknown fence word 'runnable'"));
    CHECK(problems.size() == 3);
}

TEST_CASE("an expect without a runnable example fails", "[doc-examples]") {
    auto problems = problems_of({{"docs/expect.md",
                                  "```html expect=index.html\n<h1>Home</h1>\n```\n\n"
                                  "```html example=lonely base=minimal expect=index.html\n<h1>Home</h1>\n```\n\n"
                                  "```yaml example=named base=minimal append=site.yaml\nlanguage: en-GB\n```\n\n"
                                  "```html example=nmaed expect=index.html\n<h1>Home</h1>\n```\n"}});
    INFO(joined(problems));
    CHECK(has_prefix(problems, "docs/expect.md:1: an expect= without example=NAME"));
    CHECK(has_prefix(problems, "docs/expect.md:5: example 'lonely' has no file= or append= block"));
    CHECK(has_prefix(problems, "docs/expect.md:13: example 'nmaed' starts here without base="));
    CHECK(problems.size() == 3);
}

TEST_CASE("appending to a file the base does not have fails at the block", "[doc-examples]") {
    auto problems = problems_of({{"docs/append.md",
                                  "```markdown example=missing base=minimal append=content/glossary.md\n"
                                  "More words.\n"
                                  "```\n"}});
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          "docs/append.md:1: example 'missing': append=content/glossary.md: the minimal site has no such file");
}
