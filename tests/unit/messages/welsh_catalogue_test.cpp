// The default theme's Welsh catalogue (templates/default/messages/cy.po):
// a site with `language: cy` gets every message in Welsh, with the plural
// form (and its mutation) its number takes, and no English left behind.
#include <catch2/catch.hpp>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

#include "messages/message_ids.hpp"
#include "messages/po_file.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

std::map<std::string, std::vector<std::string>> forms_by_id(const std::string& language) {
    Diagnostics diags;
    PoFile file = read_po(default_theme_po(language), "templates/default/messages/" + language + ".po", diags);
    REQUIRE(!diags.has_errors());
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& e : file.entries) out[e.id] = e.forms;
    return out;
}

// A message that is only placeholders and punctuation ("{group}: {value}")
// reads the same in any language.
bool has_words(const std::string& form) {
    bool in_placeholder = false;
    for (char c : form) {
        if (c == '{') in_placeholder = true;
        if (c == '}') in_placeholder = false;
        if (!in_placeholder && std::isalpha(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

const Messages& welsh() {
    static const Messages messages = [] {
        LoadedMessages loaded = load_messages_text(default_theme_po("cy"), "cy");
        if (!loaded.problems.empty()) throw std::runtime_error("cy.po has problems: " + loaded.problems.front());
        return std::move(loaded.messages);
    }();
    return messages;
}

}  // namespace

TEST_CASE("the default theme's Welsh catalogue loads with language cy: every message, no problems") {
    LoadedMessages loaded = load_messages_text(default_theme_po("cy"), "cy");
    INFO((loaded.problems.empty() ? std::string() : loaded.problems.front()));
    CHECK(loaded.problems.empty());

    Diagnostics diags;
    CHECK(read_po(default_theme_po("cy"), "cy.po", diags).language == "cy");

    // Every form of every message uses each of its placeholders, so no
    // figure, period or name goes missing from a Welsh sentence.
    for (const auto& spec : message_specs()) {
        MessageArgs args;
        for (auto p : spec.placeholders) args.emplace_back(p, "<" + std::string(p) + ">");
        std::vector<std::string> texts;
        if (spec.plural_on.empty()) {
            texts.push_back(loaded.messages.text(spec.id, args));
        } else {
            for (double n : {0, 1, 2, 3, 6, 7}) texts.push_back(loaded.messages.plural(spec.id, n, 0, args));
        }
        for (const auto& text : texts) {
            INFO(spec.id << ": " << text);
            CHECK(text.find('{') == std::string::npos);
            for (auto p : spec.placeholders) CHECK(text.find("<" + std::string(p) + ">") != std::string::npos);
        }
    }
}

TEST_CASE("Welsh plural forms and their mutations follow the number: 0, 1, 2, 3, 6 and 7 pages and days") {
    const Messages& cy = welsh();
    auto intro = [&](int n) { return cy.plural("page.a_to_z.intro", n, 0, {{"count", std::to_string(n)}}); };
    const std::string rest =
        ", yn ôl teitl. Mae pob llythyren isod yn arwain at y tudalennau y mae eu teitl yn dechrau â hi.";
    CHECK(intro(0) == "0 tudalen" + rest);
    CHECK(intro(1) == "1 dudalen" + rest);
    CHECK(intro(2) == "2 dudalen" + rest);
    CHECK(intro(3) == "3 tudalen" + rest);
    CHECK(intro(6) == "6 thudalen" + rest);
    CHECK(intro(7) == "7 tudalen" + rest);

    auto days = [&](int n) { return cy.plural("duration.days", n, 0, {{"count", std::to_string(n)}}); };
    CHECK(days(0) == "0 diwrnod");
    CHECK(days(1) == "1 diwrnod");
    CHECK(days(2) == "2 ddiwrnod");
    CHECK(days(3) == "3 diwrnod");
    CHECK(days(6) == "6 diwrnod");
    CHECK(days(7) == "7 diwrnod");
    CHECK(days(56) == "56 diwrnod");
}

TEST_CASE("Welsh periods take the mutation after 'i': Ebrill i Fehefin, Ionawr i Fawrth") {
    const Messages& cy = welsh();
    CHECK(cy.text("period.quarter.1", {{"year", "2024"}}) == "Ebrill i Fehefin 2024");
    CHECK(cy.text("period.quarter.2", {{"year", "2024"}}) == "Gorffennaf i Fedi 2024");
    CHECK(cy.text("period.quarter.3", {{"year", "2024"}}) == "Hydref i Ragfyr 2024");
    CHECK(cy.text("period.quarter.4", {{"year", "2025"}}) == "Ionawr i Fawrth 2025");
    CHECK(cy.text("period.financial_year", {{"start_year", "2024"}, {"end_year", "2025"}}) ==
          "Ebrill 2024 i Fawrth 2025");
    CHECK(cy.text("date.month.11", {{"day", "14"}, {"year", "2024"}}) == "14 Tachwedd 2024");
}

TEST_CASE("no message in the Welsh catalogue is left in English") {
    auto english = forms_by_id("en-GB");
    auto welsh_forms = forms_by_id("cy");
    REQUIRE(welsh_forms.size() == english.size());
    // The same in both languages for good reason: the UK statistics symbol
    // for a revised figure, and file types after an indicator's title.
    const std::set<std::string> same_in_both = {"chart.mark.revised", "theme.children.pdf",
                                                "page.indicator.download.csv", "page.indicator.download.json"};
    for (const auto& [id, forms] : welsh_forms) {
        REQUIRE(english.count(id));
        const auto& en = english.at(id);
        bool same = false;
        for (const auto& form : forms) {
            for (const auto& en_form : en) same = same || (form == en_form && has_words(form));
        }
        INFO(id << ": " << forms.front());
        CHECK(same == (same_in_both.count(id) > 0));
    }
}
