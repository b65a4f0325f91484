#pragma once
// The default theme's message catalogue, as a build loads it, for tests of
// the sentences candour writes.
#include <string>

#include "messages/messages.hpp"

namespace candour::testing {

const Messages& theme_messages();

// A catalogue from PO text, with its problems formatted.
struct LoadedMessages {
    Messages messages;
    std::vector<std::string> problems;
};
LoadedMessages load_messages_text(const std::string& po, const std::string& language = "en-GB",
                                  const std::string& overrides = "");

// The default theme's catalogue in `language` (messages/<language>.po) as text.
std::string default_theme_po(const std::string& language = "en-GB");

// The header entry an en-GB catalogue starts with, for a site's overrides.
extern const std::string po_header;

// The default theme's catalogue with a site's overrides of some messages
// (PO entries, without the header); throws, failing the test, if they
// have a problem.
Messages theme_messages_with(const std::string& entries);

}  // namespace candour::testing
