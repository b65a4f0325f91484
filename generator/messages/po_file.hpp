#pragma once
// A gettext PO file read with libgettextpo (the reader translators' own
// tools use), so a catalogue opened and saved in Poedit or Weblate reads
// back exactly. Each entry keeps the line it starts on, for located errors.
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace candour {

struct PoEntry {
    std::string id;                  // msgid: candour's message id, "indicator.level.count"
    std::vector<std::string> forms;  // msgstr, or msgstr[0..n] when the entry has a msgid_plural
    bool plural = false;
    bool fuzzy = false;  // marked "#, fuzzy" by a translator's tool: not reviewed
    SourcePos pos;
};

struct PoFile {
    std::vector<PoEntry> entries;  // in file order, without the header and obsolete entries
    std::string language;          // the header's Language field, if any
};

// `text` is the file's bytes and `display_path` names it in messages. Syntax
// errors are reported where libgettextpo found them.
PoFile read_po(const std::string& text, const std::string& display_path, Diagnostics& diags);

}  // namespace candour
