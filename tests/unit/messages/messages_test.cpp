// The theme's message catalogue: every message candour writes is there,
// a site can change one without a compiler, a translation that breaks a
// message is a located error, and plural forms follow CLDR through ICU.
#include <catch2/catch.hpp>

#include "messages/message_ids.hpp"
#include "messages/plural_rules.hpp"
#include "support/theme_messages.hpp"

using namespace candour;
using namespace candour::testing;

namespace {

bool mentions(const std::vector<std::string>& problems, const std::string& part) {
    for (const auto& p : problems) {
        if (p.find(part) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the default theme's catalogue has every message, and each reads back with its placeholders filled") {
    LoadedMessages loaded = load_messages_text(default_theme_po());
    CHECK(loaded.problems.empty());
    for (const auto& spec : message_specs()) {
        MessageArgs args;
        for (auto p : spec.placeholders) args.emplace_back(p, "<" + std::string(p) + ">");
        std::string text =
            spec.plural_on.empty() ? loaded.messages.text(spec.id, args) : loaded.messages.plural(spec.id, 5, 0, args);
        INFO(spec.id << ": " << text);
        CHECK(!text.empty());
        CHECK(text.find('{') == std::string::npos);
        for (auto p : spec.placeholders) CHECK(text.find("<" + std::string(p) + ">") != std::string::npos);
    }
}

TEST_CASE("a site's own catalogue replaces single messages and keeps the theme's others") {
    LoadedMessages loaded = load_messages_text(default_theme_po(), "en-GB",
                                               po_header + "msgid \"change.amount.none\"\nmsgstr \"unchanged\"\n");
    CHECK(loaded.problems.empty());
    CHECK(loaded.messages.text("change.amount.none") == "unchanged");
    CHECK(loaded.messages.text("change.amount.not_available") == "not available");
}

TEST_CASE("a catalogue's mistakes are located errors, all reported in one run") {
    std::string overrides = po_header +
                            "msgid \"change.amount.nonne\"\nmsgstr \"x\"\n\n"                  // line 6
                            "msgid \"change.amount.up\"\nmsgstr \"up {amont}\"\n\n"            // line 9
                            "msgid \"change.amount.down\"\nmsgstr \"down {amount\"\n\n"        // line 12
                            "#, fuzzy\nmsgid \"judgement.improved\"\nmsgstr \"better\"\n\n"    // line 16
                            "msgid \"change.amount.days_up\"\nmsgstr \"up {amount} days\"\n";  // line 19
    auto problems = load_messages_text(default_theme_po(), "en-GB", overrides).problems;
    const std::string file = "templates/overrides/messages/en-GB.po:";
    CHECK(mentions(problems, file + "6:1: error: 'change.amount.nonne' is not one of candour's messages"));
    CHECK(mentions(problems, "did you mean 'change.amount.none'?"));
    CHECK(mentions(problems, file + "9:1: error: message 'change.amount.up' uses {amont}, which it is not given"));
    CHECK(mentions(problems, "did you mean 'amount'?"));
    CHECK(mentions(problems, file + "12:1: error: message 'change.amount.down' has a '{' or '}' without its pair"));
    CHECK(mentions(problems, file + "16:1: error: message 'judgement.improved' is marked fuzzy"));
    CHECK(
        mentions(problems, file + "19:1: error: message 'change.amount.days_up' has a form for each plural category"));
}

TEST_CASE("a catalogue without a message candour needs is an error that says what to add") {
    std::string po = default_theme_po();
    auto at = po.find("msgid \"judgement.worsened\"");
    REQUIRE(at != std::string::npos);
    po.erase(at, po.find("\n\n", at) - at);
    LoadedMessages loaded = load_messages_text(po);
    CHECK(mentions(loaded.problems, "error: the message catalogue has no message 'judgement.worsened'"));
    // A site with an older copy of the theme gets that error for each new
    // message, not a crash: the stages after load still run to report theirs.
    CHECK(loaded.messages.text("judgement.worsened") == "judgement.worsened");
}

TEST_CASE("PO syntax errors are reported at their line") {
    auto problems = load_messages_text(po_header + "msgid \"change.amount.none\"\nmsgstr no quotes\n").problems;
    CHECK(mentions(problems, "theme/messages/en-GB.po:7:"));
}

TEST_CASE("English plural forms follow the number as shown: 1 day, 1.0 percentage points") {
    PluralRules en("en-GB");
    CHECK(en.categories() == std::vector<std::string>{"one", "other"});
    CHECK(en.select(1, 0) == 0);
    CHECK(en.select(1, 1) == 1);  // "1.0" shows a decimal: CLDR's "other"
    CHECK(en.select(0, 0) == 1);
    CHECK(en.select(2, 0) == 1);
    const Messages& m = theme_messages();
    CHECK(m.plural("change.amount.days_up", 1, 0, {{"amount", "1"}}) == "up 1 day");
    CHECK(m.plural("change.amount.days_up", 3, 0, {{"amount", "3"}}) == "up 3 days");
    CHECK(m.plural("change.amount.points_down", 1, 1, {{"amount", "1.0"}}) == "down 1.0 percentage points");
    CHECK(m.plural("change.amount.points_down", 1, 0, {{"amount", "1"}}) == "down 1 percentage point");
}

TEST_CASE("Welsh has six plural forms, chosen by CLDR's rules for 0, 1, 2, 3, 6 and 7") {
    PluralRules cy("cy");
    REQUIRE(cy.categories() == std::vector<std::string>{"zero", "one", "two", "few", "many", "other"});
    CHECK(cy.categories()[cy.select(0, 0)] == "zero");
    CHECK(cy.categories()[cy.select(1, 0)] == "one");
    CHECK(cy.categories()[cy.select(2, 0)] == "two");
    CHECK(cy.categories()[cy.select(3, 0)] == "few");
    CHECK(cy.categories()[cy.select(6, 0)] == "many");
    CHECK(cy.categories()[cy.select(7, 0)] == "other");
}

TEST_CASE("a plural message needs one form for each of the language's categories") {
    std::string po = po_header +
                     "msgid \"change.amount.days_up\"\nmsgid_plural \"change.amount.days_up\"\n"
                     "msgstr[0] \"{amount} diwrnod\"\nmsgstr[1] \"{amount} diwrnod\"\n";
    auto problems = load_messages_text(po, "cy").problems;
    CHECK(mentions(problems,
                   "message 'change.amount.days_up' has 2 plural forms, and this language has 6 (zero, "
                   "one, two, few, many, other)"));
}
