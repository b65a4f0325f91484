#include "support/theme_messages.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace candour::testing {

namespace {

std::string theme_po(const std::string& language = "en-GB") {
    std::ifstream in(std::string(CANDOUR_SOURCE_DIR) + "/templates/default/messages/" + language + ".po");
    if (!in) throw std::runtime_error("the default theme's " + language + ".po is missing");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

const Messages& theme_messages() {
    static const Messages messages = [] {
        Diagnostics diags;
        Messages m = Messages::load({{theme_po(), "templates/default/messages/en-GB.po"}}, "en-GB", diags);
        if (diags.has_errors()) throw std::runtime_error("the default theme's catalogue has errors");
        return m;
    }();
    return messages;
}

LoadedMessages load_messages_text(const std::string& po, const std::string& language, const std::string& overrides) {
    Diagnostics diags;
    std::vector<MessageSource> sources;
    if (!overrides.empty()) sources.push_back({overrides, "templates/overrides/messages/" + language + ".po"});
    sources.push_back({po, "theme/messages/" + language + ".po"});
    LoadedMessages out{Messages::load(sources, language, diags), {}};
    for (const auto& d : diags.sorted()) out.problems.push_back(format_diagnostic(d));
    return out;
}

std::string default_theme_po(const std::string& language) {
    return theme_po(language);
}

const std::string po_header =
    "msgid \"\"\nmsgstr \"\"\n\"Language: en-GB\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

Messages theme_messages_with(const std::string& entries) {
    LoadedMessages loaded = load_messages_text(default_theme_po(), "en-GB", po_header + entries);
    if (!loaded.problems.empty()) throw std::runtime_error("the overrides have problems: " + loaded.problems.front());
    return std::move(loaded.messages);
}

}  // namespace candour::testing
