#pragma once
// A content file's body parsed by cmark-gfm, with stable heading ids. Each
// page is parsed once, rendered, and released but for its headings, which
// the links of other pages are checked against once every page is parsed
// (render/link_resolver.hpp).
#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "load/content_file.hpp"
#include "messages/messages.hpp"

struct cmark_node;
struct cmark_parser;

namespace candour {

struct Heading {
    int level = 2;
    std::string id;
    std::string text;
};

class LinkResolver;
class Embeds;
struct Route;

class MarkdownDocument {
public:
    // Parses the body of `file`. Warnings about heading levels and errors
    // about images without alternative text go to `diags`.
    MarkdownDocument(const ContentFile& file, bool unsafe_html, Diagnostics& diags);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument&) = delete;
    MarkdownDocument& operator=(const MarkdownDocument&) = delete;
    MarkdownDocument(MarkdownDocument&&) noexcept;
    MarkdownDocument& operator=(MarkdownDocument&&) noexcept;

    const std::vector<Heading>& headings() const { return headings_; }
    bool has_anchor(const std::string& id) const;

    // Rewrites links through `links` (reporting broken ones) and renders the
    // HTML of the page published at `from`.
    // Figures in ```kpi blocks and `kpi ...` spans come from `embeds` (may be null).
    // The words candour adds (tables' names, the footnotes' heading and
    // back links) are `messages`' page.markdown.* (English without them).
    std::string render_html(const Route& from, const LinkResolver& links, Embeds* embeds, Diagnostics& diags,
                            const Messages* messages = nullptr);

    // Frees the syntax tree, keeping the headings and footnotes that other
    // pages' links are checked against: at 10,000 pages the trees of every
    // page at once were most of a build's memory. render_html on a released
    // document returns nothing.
    void release_tree();

private:
    void parse(Diagnostics& diags);
    void assign_heading_ids(Diagnostics& diags);
    void mark_languages(Diagnostics& diags);
    cmark_node* mark_language(cmark_node* text, Diagnostics& diags);
    SourcePos pos_of_text(cmark_node* node, std::string_view marker) const;
    void check_images(Diagnostics& diags);
    void place_embeds(Embeds& embeds, Diagnostics& diags);
    void check_urls(Diagnostics& diags);
    void check_raw_html(Diagnostics& diags);
    std::string render_cmark_html();
    SourcePos pos_of(cmark_node* node) const;
    SourcePos pos_in(cmark_node* node, const std::string& literal, std::size_t offset) const;

    const ContentFile* file_;
    int options_;
    cmark_parser* parser_ = nullptr;
    cmark_node* doc_ = nullptr;
    std::vector<Heading> headings_;
    std::vector<std::string> footnote_ids_;
    // Headings replaced by their id-carrying copies. Their inlines moved to
    // the copy, but text such as an autolink's address still points into the
    // heading's buffer, so they are freed only with the document.
    std::vector<cmark_node*> replaced_headings_;
    // Figures placed in table cells: the placeholder text node and the markup
    // that takes its place in the rendered HTML.
    struct CellFigure {
        cmark_node* text;
        std::string html;
    };
    std::vector<CellFigure> cell_figures_;
};

}  // namespace candour
