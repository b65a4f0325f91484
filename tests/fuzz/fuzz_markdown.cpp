// Fuzzes the Markdown renderer: MarkdownDocument (cmark-gfm, heading ids,
// image checks, table tidying) with links resolved by LinkResolver against a
// small fixed site. The first byte chooses markdown.unsafe_html.
#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "fuzz_support.hpp"
#include "model/routes.hpp"
#include "render/link_resolver.hpp"
#include "render/markdown_document.hpp"

namespace {

using namespace candour;

ContentFile content(const std::string& content_path, std::string body) {
    ContentFile f;
    f.path = "content/" + content_path;
    f.front.title = content_path;
    f.body = std::move(body);
    f.body_first_line = 4;
    return f;
}

Route route(PageKind kind, const ContentFile* file, std::string url, int depth) {
    Route r;
    r.kind = kind;
    r.file = file;
    r.title = file ? file->front.title : "Page not found";
    r.url = std::move(url);
    r.output_path = r.url.empty() ? "index.html" : r.url + "index.html";
    r.layout = "page";
    r.depth = depth;
    return r;
}

// A home page, a glossary with headings and a footnote, and the fuzzed page.
struct Site {
    ContentFile home = content("_index.md", "Welcome.\n");
    ContentFile glossary = content("about/glossary.md", "## ISVA\n\n## SARC\n\nText.[^1]\n\n[^1]: A note.\n");
    ContentFile page = content("reports/fuzz.md", "");
    Routes routes;
    Diagnostics setup_diags;
    std::unique_ptr<MarkdownDocument> home_doc;
    std::unique_ptr<MarkdownDocument> glossary_doc;

    Site() {
        routes.pages.push_back(route(PageKind::home, &home, "", 0));
        routes.pages.push_back(route(PageKind::page, &glossary, "about/glossary/", 2));
        routes.pages.push_back(route(PageKind::page, &page, "reports/fuzz/", 2));
        routes.pages.push_back(route(PageKind::not_found, nullptr, "404.html", 0));
        routes.by_content_path = {{"_index.md", 0}, {"about/glossary.md", 1}, {"reports/fuzz.md", 2}};
        routes.draft_paths = {"reports/draft.md"};
        home_doc = std::make_unique<MarkdownDocument>(home, false, setup_diags);
        glossary_doc = std::make_unique<MarkdownDocument>(glossary, false, setup_diags);
    }
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Site site;
    if (size == 0) return 0;
    const bool unsafe_html = (data[0] & 1) != 0;
    auto text = fuzz::as_source_text(site.page.path, fuzz::bytes(data + 1, size - 1));
    if (!text) return 0;
    site.page.body = *text;

    Diagnostics diags;
    MarkdownDocument doc(site.page, unsafe_html, diags);
    std::map<std::string, const MarkdownDocument*> docs = {
        {"_index.md", site.home_doc.get()}, {"about/glossary.md", site.glossary_doc.get()}, {"reports/fuzz.md", &doc}};
    LinkResolver links(site.routes, "/rasso/");
    std::string html = doc.render_html(site.routes.pages[2], links, nullptr, diags);
    links.check_anchors(docs, diags);
    fuzz::check_diagnostics(diags);

    for (const auto& h : doc.headings()) {
        if (h.id.empty() || h.id.find_first_of("\"<>& ") != std::string::npos) fuzz::fail("unsafe heading id", h.id);
    }
    // Without unsafe_html, raw HTML is dropped and every '<' the editor wrote
    // is escaped, so none of these elements can reach the page. (With
    // unsafe_html, raw tags pass through whole and only their first name is
    // filtered by cmark-gfm's tagfilter, so "<a title='<xmp>'>" is harmless
    // there and telling it apart would need a full HTML tokenizer: that mode
    // is fuzzed for memory errors only.) A browser ends a tag name at
    // whitespace, '/' or '>', so "<noembedx>" is another, harmless, element.
    if (unsafe_html) return 0;
    std::string out = lower(html);
    for (std::string tag :
         {"<script", "<iframe", "<style", "<textarea", "<title", "<xmp", "<noembed", "<noframes", "<plaintext"}) {
        for (auto i = out.find(tag); i != std::string::npos; i = out.find(tag, i + 1)) {
            std::size_t after = i + tag.size();
            if (after == out.size() || std::string_view(" \t\n\r\f/>").find(out[after]) != std::string_view::npos) {
                fuzz::fail("filtered tag in output", tag);
            }
        }
    }
    if (out.find("\"javascript:") != std::string::npos) fuzz::fail("javascript: URL in output");
    return 0;
}
