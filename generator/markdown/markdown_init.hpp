#pragma once
// cmark-gfm keeps its syntax extensions in a global registry that must be
// filled before any parser looks one up.
namespace candour {

// Registers cmark-gfm's extensions once; safe to call from any thread.
void init_markdown();

}  // namespace candour
