#pragma once
// Runnable examples in the docs, run as cmark runs its spec: a fenced block
// in docs/*.md is marked with words after its language on the fence line
// (GitHub shows only the language), such as
//
//   ```yaml example=bodies base=sample file=site.yaml
//
// Blocks with the same example name form one example: its base site, the
// files the blocks write or append to, and what the build must print or
// write (docs/quality-checks.md, "Runnable examples in the docs").
#include <map>
#include <string>
#include <vector>

#include "support/site_fixture.hpp"

namespace candour::testing {

struct DocBlock {
    std::string doc;  // the Markdown file, as problems name it: "docs/kpi-data.md"
    int line = 0;     // the opening fence's line
    std::string text;
    std::map<std::string, std::string> words;  // example=..., base=..., file=..., append=..., expect=...
};

struct DocExample {
    std::string name;
    std::string base;  // "sample" or "minimal"
    std::vector<DocBlock> blocks;
};

struct DocExamples {
    std::vector<DocExample> examples;   // in the order their first blocks appear
    std::vector<std::string> problems;  // "docs/x.md:12: unknown fence word 'exmple=a'"
};

struct DocText {
    std::string doc;  // the path problems name
    std::string text;
};

// Every marked block of `docs`, grouped into examples; a marking that
// cannot be run as written is a problem, never a block left out.
DocExamples read_doc_examples(const std::vector<DocText>& docs);

// Builds examples in temporary folders, each on a fresh copy of its base,
// sharing one chart cache so that a chart is drawn once for all of them.
class DocExampleRunner {
public:
    explicit DocExampleRunner(std::map<std::string, Files> bases);
    // What went wrong, each "doc:line: example 'name': ..."; empty when the
    // example built (or failed, if its expected output has errors) and
    // every expectation was met.
    std::vector<std::string> run(const DocExample& example);

private:
    // `candour build` of `site` in `dir`, with the shared chart cache.
    RunResult build(const Files& site, const TempDir& dir);

    std::map<std::string, Files> bases_;
    Files chart_cache_;  // path below the site folder -> bytes
};

// The bases doc examples may name: the repository's own sample site, and
// a small one of a home page, two sections and an accessibility page.
Files sample_doc_base();
Files bilingual_doc_base();
Files minimal_doc_base();

}  // namespace candour::testing
