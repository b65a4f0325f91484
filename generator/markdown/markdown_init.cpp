#include "markdown/markdown_init.hpp"

#include <cmark-gfm-core-extensions.h>

#include <mutex>

namespace candour {

void init_markdown() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace candour
