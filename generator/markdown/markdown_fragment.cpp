#include "markdown/markdown_fragment.hpp"

#include <cstdlib>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "markdown/markdown_init.hpp"

namespace candour {

std::string markdown_fragment_html(std::string_view markdown) {
    const int options = CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;  // no CMARK_OPT_UNSAFE: raw HTML is dropped
    init_markdown();
    cmark_parser* parser = cmark_parser_new(options);
    for (const char* name : {"autolink", "strikethrough"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, ext);
    }
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* doc = cmark_parser_finish(parser);
    char* html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
    std::string out(html);
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return out;
}

}  // namespace candour
