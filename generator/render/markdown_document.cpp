#include "render/markdown_document.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "diagnostics/text_position.hpp"
#include "io/escape.hpp"
#include "load/language_tag.hpp"
#include "markdown/markdown_init.hpp"
#include "markdown/raw_html_check.hpp"
#include "markdown/url_safety.hpp"
#include "model/routes.hpp"
#include "render/embeds.hpp"
#include "render/link_resolver.hpp"

namespace candour {

namespace {

constexpr const char* extensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

std::string plain_text(cmark_node* node) {
    std::string text;
    cmark_iter* it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            if (const char* lit = cmark_node_get_literal(n)) text += lit;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += ' ';
        }
    }
    cmark_iter_free(it);
    return text;
}

std::size_t count_chars(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::vector<cmark_node*> nodes_of_type(cmark_node* root, cmark_node_type wanted) {
    std::vector<cmark_node*> found;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == wanted) found.push_back(n);
    }
    cmark_iter_free(it);
    return found;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) {
        s.replace(i, from.size(), to);
    }
}

// cmark-gfm aligns table cells with the obsolete align attribute, and a style
// attribute instead would break the Content-Security-Policy. Use classes the
// theme styles, and give header cells their scope as GOV.UK tables do.
std::string tidy_tables(std::string html, const Messages* messages) {
    if (html.find("<table>") == std::string::npos) return html;
    for (std::string_view cell : {"td", "th"}) {
        for (std::string_view side : {"left", "center", "right"}) {
            replace_all(html, fmt::format("<{} align=\"{}\"", cell, side),
                        fmt::format("<{} class=\"align-{}\"", cell, side));
        }
    }
    replace_all(html, "<th>", "<th scope=\"col\">");
    replace_all(html, "<th class=", "<th scope=\"col\" class=");
    // A wide table scrolls inside its own box so the page never scrolls
    // sideways at 320 px; the box is focusable so keyboard users can scroll it.
    // Numbered, so each region on a page has a name of its own.
    int n = 0;
    for (std::size_t at = html.find("<table>"); at != std::string::npos; at = html.find("<table>", at + 1)) {
        std::string number = std::to_string(++n);
        std::string name =
            messages ? messages->text("page.markdown.table", {{"number", number}}) : fmt::format("Table {}", number);
        std::string open = fmt::format(
            "<div class=\"table-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">\n", escape_markup(name));
        html.insert(at, open);
        at += open.size();
    }
    replace_all(html, "</table>", "</table>\n</div>");
    return html;
}

// cmark-gfm's footnotes section has no heading; a section should have one,
// and screen-reader users find the notes by it. Its back links' name is
// cmark-gfm's English, replaced by the catalogue's.
std::string label_footnotes(std::string html, const Messages* messages) {
    if (html.find("<section class=\"footnotes\" data-footnotes>") == std::string::npos) return html;
    std::string heading = messages ? messages->text("page.markdown.notes") : "Notes";
    replace_all(html, "<section class=\"footnotes\" data-footnotes>",
                "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnotes-heading\">\n"
                "<h2 id=\"footnotes-heading\" class=\"footnotes__heading\">" +
                    escape_markup(heading) + "</h2>");
    if (messages) {
        replace_all(html, "aria-label=\"Back to content\"",
                    "aria-label=\"" + escape_markup(messages->text("page.markdown.back_to_content")) + "\"");
    }
    return html;
}

}  // namespace

MarkdownDocument::MarkdownDocument(const ContentFile& file, bool unsafe_html, Diagnostics& diags)
    : file_(&file),
      options_(CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | (unsafe_html ? CMARK_OPT_UNSAFE : 0)) {
    parse(diags);
}

void MarkdownDocument::parse(Diagnostics& diags) {
    init_markdown();
    parser_ = cmark_parser_new(options_);
    for (const char* name : extensions) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser_, ext);
        }
    }
    cmark_parser_feed(parser_, file_->body.data(), file_->body.size());
    doc_ = cmark_parser_finish(parser_);
    mark_languages(diags);
    assign_heading_ids(diags);
    check_images(diags);
    for (cmark_node* def : nodes_of_type(doc_, CMARK_NODE_FOOTNOTE_DEFINITION)) {
        if (const char* label = cmark_node_get_literal(def)) footnote_ids_.push_back(std::string("fn-") + label);
    }
}

MarkdownDocument::~MarkdownDocument() {
    release_tree();
}

void MarkdownDocument::release_tree() {
    if (doc_) cmark_node_free(doc_);
    for (cmark_node* heading : replaced_headings_) cmark_node_free(heading);
    if (parser_) cmark_parser_free(parser_);
    doc_ = nullptr;
    parser_ = nullptr;
    replaced_headings_ = {};
    cell_figures_ = {};
}

MarkdownDocument::MarkdownDocument(MarkdownDocument&& other) noexcept
    : file_(other.file_),
      options_(other.options_),
      parser_(other.parser_),
      doc_(other.doc_),
      headings_(std::move(other.headings_)),
      footnote_ids_(std::move(other.footnote_ids_)),
      replaced_headings_(std::move(other.replaced_headings_)),
      cell_figures_(std::move(other.cell_figures_)) {
    other.parser_ = nullptr;
    other.doc_ = nullptr;
}

MarkdownDocument& MarkdownDocument::operator=(MarkdownDocument&& other) noexcept {
    std::swap(file_, other.file_);
    std::swap(options_, other.options_);
    std::swap(parser_, other.parser_);
    std::swap(doc_, other.doc_);
    std::swap(headings_, other.headings_);
    std::swap(footnote_ids_, other.footnote_ids_);
    std::swap(replaced_headings_, other.replaced_headings_);
    std::swap(cell_figures_, other.cell_figures_);
    return *this;
}

SourcePos MarkdownDocument::pos_of(cmark_node* node) const {
    int line = std::max(1, cmark_node_get_start_line(node));
    int byte_col = std::max(1, cmark_node_get_start_column(node));
    std::size_t offset = offset_of_line(file_->body, line) + static_cast<std::size_t>(byte_col - 1);
    auto lc = line_col_at(file_->body, offset);
    return {file_->path, file_->body_first_line + lc.line - 1, lc.col};
}

// Byte `offset` of a node's literal (raw HTML). cmark-gfm drops the
// indentation of a paragraph's later lines and of a block's container, so
// each later line is found again in its source line.
SourcePos MarkdownDocument::pos_in(cmark_node* node, const std::string& literal, std::size_t offset) const {
    SourcePos pos = pos_of(node);
    std::size_t line_start = 0;
    int body_line = std::max(1, cmark_node_get_start_line(node));
    for (std::size_t i = 0; i < offset && i < literal.size(); ++i) {
        if (literal[i] != '\n') continue;
        ++pos.line;
        ++body_line;
        line_start = i + 1;
    }
    if (line_start == 0)
        return {pos.file, pos.line, pos.col + static_cast<int>(count_chars(literal.substr(0, offset)))};
    std::size_t from = offset_of_line(file_->body, body_line);
    std::size_t to = file_->body.find('\n', from);
    std::string_view source =
        std::string_view(file_->body).substr(from, to == std::string::npos ? std::string::npos : to - from);
    std::string_view rest = std::string_view(literal).substr(line_start, offset - line_start);
    std::size_t at = source.find(std::string_view(literal).substr(
        line_start, std::min<std::size_t>(literal.find('\n', line_start) - line_start, 12)));
    std::size_t before = at == std::string_view::npos ? 0 : count_chars(source.substr(0, at));
    return {pos.file, pos.line, 1 + static_cast<int>(before + count_chars(rest))};
}

// Where `marker` (text of an inline node, which cmark-gfm gives no
// position) is written: searched for from the start of its block.
SourcePos MarkdownDocument::pos_of_text(cmark_node* node, std::string_view marker) const {
    cmark_node* block = node;
    while (block && cmark_node_get_start_line(block) <= 0) block = cmark_node_parent(block);
    if (!block) return {file_->path, file_->body_first_line, 1};
    SourcePos start = pos_of(block);
    std::size_t from = offset_of_line(file_->body, std::max(1, cmark_node_get_start_line(block)));
    std::size_t at = file_->body.find(marker, from);
    if (at == std::string::npos) return start;
    auto lc = line_col_at(file_->body, at);
    return {file_->path, file_->body_first_line + lc.line - 1, lc.col};
}

// "[Croeso]{lang=cy}": a passage in another language, marked without raw
// HTML (WCAG 3.1.2), published as <span lang="cy">. cmark-gfm leaves the
// brackets as text (no link has that label), so the passage is found among
// the inline nodes of one parent: the '[' in a text node before the
// "]{lang=...}", emphasis and links between them kept as they are.
void MarkdownDocument::mark_languages(Diagnostics& diags) {
    for (cmark_node* text : nodes_of_type(doc_, CMARK_NODE_TEXT)) {
        // Each marked passage leaves the rest of its text in a new node after
        // it, which is read in turn.
        for (cmark_node* rest = text; rest;) rest = mark_language(rest, diags);
    }
}

namespace {

// The '[' that opens the passage closed at byte `end` of `node`'s literal,
// looking back through the text of earlier siblings (brackets in pairs are
// the passage's own). Sets `at` to its byte in the literal of the node
// returned; null when there is none.
cmark_node* opening_bracket(cmark_node* node, std::size_t end, std::size_t& at) {
    int depth = 0;
    for (cmark_node* n = node; n; n = cmark_node_previous(n)) {
        if (cmark_node_get_type(n) != CMARK_NODE_TEXT) continue;
        std::string_view lit = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
        std::size_t i = n == node ? end : lit.size();
        while (i > 0) {
            char c = lit[--i];
            if (c == ']') ++depth;
            if (c == '[' && depth-- == 0) {
                at = i;
                return n;
            }
        }
    }
    return nullptr;
}

cmark_node* text_node(std::string_view literal) {
    cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(n, std::string(literal).c_str());
    return n;
}

}  // namespace

// Marks the first passage closed in `node`, if any, and returns the text
// node holding what follows it (null when there is nothing more to read).
cmark_node* MarkdownDocument::mark_language(cmark_node* node, Diagnostics& diags) {
    static constexpr std::string_view closing = "]{lang=";
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    std::size_t close = literal.find(closing);
    if (close == std::string::npos) return nullptr;
    std::size_t brace = literal.find('}', close);
    std::string tag =
        literal.substr(close + closing.size(), brace == std::string::npos ? std::string::npos : brace - close - 7);
    std::size_t open = 0;
    cmark_node* opener = opening_bracket(node, close, open);
    std::string marker = literal.substr(close + 1, brace == std::string::npos ? std::string::npos : brace - close);
    if (brace == std::string::npos || !is_language_tag(tag) || !opener) {
        std::string what = brace == std::string::npos ? "'{lang=' is not closed with '}'"
                           : !opener ? "'" + marker + "' has no '[' before it to mark where the passage starts"
                                     : "'" + tag + "' is not a language tag";
        diags.error(pos_of_text(node, marker), what,
                    std::string("mark a passage in another language as [its words]{lang=cy}; ") + language_tag_hint);
        return nullptr;
    }
    cmark_node* span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(span, fmt::format("<span lang=\"{}\">", tag).c_str());
    cmark_node_set_on_exit(span, "</span>");
    std::string opener_literal = cmark_node_get_literal(opener);
    cmark_node_insert_after(opener, span);
    if (opener == node) {
        cmark_node_append_child(span, text_node(std::string_view(literal).substr(open + 1, close - open - 1)));
    } else {
        cmark_node_append_child(span, text_node(std::string_view(opener_literal).substr(open + 1)));
        for (cmark_node* n = cmark_node_next(span); n != node;) {
            cmark_node* next = cmark_node_next(n);
            cmark_node_append_child(span, n);  // unlinked from the paragraph first
            n = next;
        }
        cmark_node_append_child(span, text_node(std::string_view(literal).substr(0, close)));
    }
    cmark_node_set_literal(opener, opener_literal.substr(0, open).c_str());
    cmark_node* after = text_node(std::string_view(literal).substr(brace + 1));
    cmark_node_insert_after(span, after);
    if (node != opener) {
        cmark_node_unlink(node);
        cmark_node_free(node);
    }
    return after;
}

bool MarkdownDocument::has_anchor(const std::string& id) const {
    return std::any_of(headings_.begin(), headings_.end(), [&](const Heading& h) { return h.id == id; }) ||
           std::find(footnote_ids_.begin(), footnote_ids_.end(), id) != footnote_ids_.end();
}

// cmark-gfm writes headings without ids. Each heading becomes a custom block
// (for the line breaks around it) holding a custom inline that opens and
// closes the <hN id="..."> element around the heading's own inlines.
void MarkdownDocument::assign_heading_ids(Diagnostics& diags) {
    std::map<std::string, int> seen;
    int previous_level = 1;
    for (cmark_node* heading : nodes_of_type(doc_, CMARK_NODE_HEADING)) {
        int level = cmark_node_get_heading_level(heading);
        std::string text = plain_text(heading);
        if (level == 1) {
            diags.warning(pos_of(heading), "a level-1 heading in the body repeats the page title's level",
                          "the title from front matter is the page's only h1; start body headings at '##'");
        } else if (level > previous_level + 1) {
            diags.warning(pos_of(heading), fmt::format("heading level jumps from {} to {}", previous_level, level),
                          "screen-reader users navigate by headings; do not skip a level");
        }
        previous_level = level;
        std::string base = slugify(text);
        if (base.empty()) base = "section";
        int count = seen[base]++;
        std::string id = count == 0 ? base : fmt::format("{}-{}", base, count + 1);
        headings_.push_back({level, id, text});

        cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node* inline_wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(block, "");
        cmark_node_set_on_exit(block, "");
        cmark_node_set_on_enter(inline_wrapper, fmt::format("<h{} id=\"{}\">", level, escape_markup(id)).c_str());
        cmark_node_set_on_exit(inline_wrapper, fmt::format("</h{}>", level).c_str());
        while (cmark_node* child = cmark_node_first_child(heading)) {
            cmark_node_unlink(child);
            cmark_node_append_child(inline_wrapper, child);
        }
        cmark_node_append_child(block, inline_wrapper);
        cmark_node_replace(heading, block);
        replaced_headings_.push_back(heading);  // not freed yet: see the member's comment
    }
}

void MarkdownDocument::check_images(Diagnostics& diags) {
    for (cmark_node* image : nodes_of_type(doc_, CMARK_NODE_IMAGE)) {
        std::string alt = plain_text(image);
        if (alt.find_first_not_of(" \t") != std::string::npos) continue;
        diags.error(pos_of(image), "this image has no alternative text",
                    "describe the image between the square brackets: ![what it shows](file.png)");
    }
}

// Replaces embed blocks and spans with the HTML they stand for. Custom nodes
// are written out as they are, so this works with raw HTML switched off.
void MarkdownDocument::place_embeds(Embeds& embeds, Diagnostics& diags) {
    for (cmark_node* block : nodes_of_type(doc_, CMARK_NODE_CODE_BLOCK)) {
        const char* info = cmark_node_get_fence_info(block);
        const char* body = cmark_node_get_literal(block);
        if (!info || !*info) continue;
        int first_line = file_->body_first_line + cmark_node_get_start_line(block);
        auto html = embeds.block(info, body ? body : "", file_->path, first_line, diags);
        if (!html) continue;
        cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(custom, html->c_str());
        cmark_node_set_on_exit(custom, "");
        cmark_node_replace(block, custom);
        cmark_node_free(block);
    }
    for (cmark_node* code : nodes_of_type(doc_, CMARK_NODE_CODE)) {
        const char* literal = cmark_node_get_literal(code);
        auto html = embeds.inline_code(literal ? literal : "", pos_of(code), diags);
        if (!html) continue;
        cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(custom, html->c_str());
        cmark_node_set_on_exit(custom, "");
        if (!cmark_node_replace(code, custom)) {
            // A table cell holds only cmark-gfm's own inline kinds, so the
            // figure goes in as placeholder text (see render_cmark_html).
            cmark_node_free(custom);
            cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_replace(code, text);
            cell_figures_.push_back({text, std::move(*html)});
        }
        cmark_node_free(code);
    }
}

// Placeholders are "<stem><n>." with a stem that the rendered page holds
// exactly once per placeholder, so text of the page's own that looks like one
// (typed, or made by an entity such as &#99;) is never swapped: if the count
// is off, the next stem is tried.
std::string MarkdownDocument::render_cmark_html() {
    for (int attempt = 0;; ++attempt) {
        std::string stem = fmt::format("candour-figure-{}-", attempt);
        for (std::size_t i = 0; i < cell_figures_.size(); ++i) {
            cmark_node_set_literal(cell_figures_[i].text, fmt::format("{}{}.", stem, i).c_str());
        }
        char* raw = cmark_render_html(doc_, options_, cmark_parser_get_syntax_extensions(parser_));
        std::string html(raw);
        std::free(raw);
        if (cell_figures_.empty()) return html;
        std::size_t found = 0;
        for (std::size_t at = html.find(stem); at != std::string::npos; at = html.find(stem, at + 1)) ++found;
        if (found != cell_figures_.size()) continue;
        for (std::size_t i = 0; i < cell_figures_.size(); ++i) {
            replace_all(html, fmt::format("{}{}.", stem, i), cell_figures_[i].html);
        }
        return html;
    }
}

// cmark-gfm empties a javascript: (or vbscript:, data:, file:) address
// without a word, and with CMARK_OPT_UNSAFE (markdown.unsafe_html) not at
// all. Each is an error at its place, and emptied here whatever the options.
void MarkdownDocument::check_urls(Diagnostics& diags) {
    for (auto type : {CMARK_NODE_LINK, CMARK_NODE_IMAGE}) {
        for (cmark_node* node : nodes_of_type(doc_, type)) {
            const char* url = cmark_node_get_url(node);
            auto scheme = url ? dangerous_scheme(url) : std::nullopt;
            if (!scheme) continue;
            UrlProblem p =
                dangerous_url_problem(*scheme, type == CMARK_NODE_IMAGE ? "this image's address" : "this link");
            diags.error(pos_of(node), p.message, p.hint);
            cmark_node_set_url(node, "");
        }
    }
}

// Raw HTML is kept with markdown.unsafe_html, but not a dangerous address
// in an attribute or an event handler: each is an error at the attribute,
// and the element is left out of the page.
void MarkdownDocument::check_raw_html(Diagnostics& diags) {
    if (!(options_ & CMARK_OPT_UNSAFE)) return;  // raw HTML is dropped anyway
    for (auto type : {CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE}) {
        for (cmark_node* node : nodes_of_type(doc_, type)) {
            const char* literal = cmark_node_get_literal(node);
            if (!literal) continue;
            std::string html = literal;
            auto found = candour::check_raw_html(html);
            if (found.empty()) continue;
            for (const auto& problem : found)
                diags.error(pos_in(node, html, problem.offset), problem.message, problem.hint);
            cmark_node_set_literal(
                node, type == CMARK_NODE_HTML_BLOCK ? "<!-- raw HTML omitted -->\n" : "<!-- raw HTML omitted -->");
        }
    }
}

std::string MarkdownDocument::render_html(const Route& from, const LinkResolver& links, Embeds* embeds,
                                          Diagnostics& diags, const Messages* messages) {
    if (!doc_) return {};  // released: rendered already
    if (embeds) place_embeds(*embeds, diags);
    check_urls(diags);
    check_raw_html(diags);
    for (cmark_node* link : nodes_of_type(doc_, CMARK_NODE_LINK)) {
        const char* url = cmark_node_get_url(link);
        if (!url || !*url) continue;
        if (auto resolved = links.resolve(from, url, pos_of(link), diags)) {
            cmark_node_set_url(link, resolved->c_str());
        }
    }
    return label_footnotes(tidy_tables(render_cmark_html(), messages), messages);
}

}  // namespace candour
