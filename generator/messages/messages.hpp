#pragma once
// A theme's message catalogue for one language: the words candour writes
// for readers (docs/templates.md, "Messages"). Loaded from the theme's
// messages/<language>.po, with the site's templates/overrides/messages/
// <language>.po replacing single messages, and checked against
// message_ids.hpp when loaded, so that text() cannot fail at render time.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "messages/plural_rules.hpp"

namespace candour {

using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

// One catalogue file's text, and the name to give it in messages.
struct MessageSource {
    std::string text;
    std::string display_path;
};

class Messages {
public:
    Messages();  // empty: for stages tested without a theme, text() gives the id

    // `sources` in order of precedence (the site's overrides first); the
    // last is the theme's own, which must have every message.
    static Messages load(const std::vector<MessageSource>& sources, const std::string& language, Diagnostics& diags);

    // The message with its {placeholders} filled in. A plural message picks
    // its form from its plural_on argument's number as shown
    // (`plural_value`, `plural_decimals`); NaN, for a symbol such as "[c]",
    // takes the "other" form.
    std::string text(std::string_view id, const MessageArgs& args = {}) const;
    std::string plural(std::string_view id, double plural_value, int plural_decimals, const MessageArgs& args) const;

    // Every form of plural message `id` with its CLDR category ("one",
    // "other"...), placeholders filled: for a script that picks the form
    // itself (Intl.PluralRules), given "{count}" as the count to keep.
    std::vector<std::pair<std::string, std::string>> plural_forms(std::string_view id, const MessageArgs& args) const;

    const std::string& language() const { return language_; }

private:
    std::string fill(const std::string& form, const MessageArgs& args) const;
    std::string language_ = "en-GB";
    std::shared_ptr<const PluralRules> plurals_;
    std::map<std::string, std::vector<std::string>, std::less<>> forms_;
};

}  // namespace candour
