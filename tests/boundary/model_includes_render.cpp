// Written as if in generator/model/: reaching into a later stage.
#include "render/markdown_document.hpp"

void later_stage() {
    candour::init_markdown();
}
