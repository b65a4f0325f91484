#pragma once
// Every message candour itself writes for readers, with the placeholders
// each may use: the contract between the code and a theme's catalogue
// (templates/default/messages/en-GB.po). A catalogue must have every id
// here and no other, and a message may use only its own placeholders, so a
// translation that drops or misspells one is an error at build time, not a
// sentence with a hole in it on a published page.
#include <string_view>
#include <vector>

namespace candour {

struct MessageSpec {
    std::string_view id;
    std::vector<std::string_view> placeholders;
    std::string_view plural_on;  // the placeholder whose number chooses the form; empty: one form
};

const std::vector<MessageSpec>& message_specs();
const MessageSpec* message_spec(std::string_view id);

}  // namespace candour
