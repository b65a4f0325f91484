#include "markdown/markdown_fragment.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>

#include "markdown/markdown_init.hpp"

namespace candour {

namespace {

constexpr int options = CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;  // no CMARK_OPT_UNSAFE: raw HTML is dropped

// A parsed fragment, freed with this object.
class Fragment {
public:
    explicit Fragment(std::string_view markdown) {
        init_markdown();
        parser_ = cmark_parser_new(options);
        for (const char* name : {"autolink", "strikethrough"}) {
            if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(parser_, ext);
        }
        cmark_parser_feed(parser_, markdown.data(), markdown.size());
        doc_ = cmark_parser_finish(parser_);
    }
    ~Fragment() {
        cmark_node_free(doc_);
        cmark_parser_free(parser_);
    }
    Fragment(const Fragment&) = delete;
    Fragment& operator=(const Fragment&) = delete;

    template <typename Fn>
    void for_each_link(Fn fn) {
        cmark_iter* it = cmark_iter_new(doc_);
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node* n = cmark_iter_get_node(it);
            auto type = cmark_node_get_type(n);
            if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) fn(n);
        }
        cmark_iter_free(it);
    }

    std::string html() {
        char* html = cmark_render_html(doc_, options, cmark_parser_get_syntax_extensions(parser_));
        std::string out(html);
        std::free(html);
        return out;
    }

private:
    cmark_parser* parser_;
    cmark_node* doc_;
};

}  // namespace

std::string markdown_fragment_html(std::string_view markdown, const UrlRewrite& rewrite) {
    Fragment fragment(markdown);
    if (rewrite) {
        fragment.for_each_link([&](cmark_node* n) {
            const char* url = cmark_node_get_url(n);
            if (url && *url) cmark_node_set_url(n, rewrite(url).c_str());
        });
    }
    return fragment.html();
}

std::vector<FragmentLink> markdown_fragment_links(std::string_view markdown) {
    Fragment fragment(markdown);
    std::vector<FragmentLink> out;
    fragment.for_each_link([&](cmark_node* n) {
        const char* url = cmark_node_get_url(n);
        out.push_back({url ? url : "", cmark_node_get_start_line(n), cmark_node_get_start_column(n),
                       cmark_node_get_type(n) == CMARK_NODE_IMAGE});
    });
    return out;
}

}  // namespace candour
