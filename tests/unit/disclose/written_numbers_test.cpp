// Which numbers in an editor's sentence could be a figure: the typed-figure
// check compares only these with the hidden figures, so each rule here is a
// false alarm an editor never sees, or a leak that is still caught.
#include "disclose/written_numbers.hpp"

#include <catch2/catch.hpp>

using namespace candour;

namespace {

// The numbers read from `text`, as written: "4", "12%", "38 days".
std::vector<std::string> numbers(const std::string& text, bool markdown = true) {
    std::vector<std::string> out;
    for (const auto& s : read_sentences(text, markdown)) {
        for (const auto& n : s.numbers) {
            std::string said = text.substr(n.offset, n.length);
            if (n.kind == WrittenNumber::Kind::percentage) said += "%";
            if (n.kind == WrittenNumber::Kind::days) said += " days";
            out.push_back(said);
        }
    }
    return out;
}

using Numbers = std::vector<std::string>;

// Each sentence's words, joined by spaces.
std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& s : read_sentences(text, true)) {
        std::string words;
        for (const auto& w : s.words) words += (words.empty() ? "" : " ") + w;
        out.push_back(words);
    }
    return out;
}

}  // namespace

TEST_CASE("a count, a percentage and a number of days are read as what they are") {
    CHECK(numbers("Only 4 charges were for male victims.") == Numbers{"4"});
    CHECK(numbers("The charge rate was 11.5% where the relationship was not recorded.") == Numbers{"11.5%"});
    CHECK(numbers("It was 12 per cent.") == Numbers{"12%"});
    CHECK(numbers("The median was 401 days.") == Numbers{"401 days"});
    CHECK(numbers("There were 1,204 offences.") == Numbers{"1,204"});
    CHECK(numbers("Three charges were for Black victims.") == Numbers{"Three"});
    CHECK(numbers("Respect was rated good by 11 of the 15 people interviewed.") == Numbers{"11", "15"});
}

TEST_CASE("labels, dates, quarter codes, years, ordinals and phone numbers are not figures") {
    CHECK(numbers("Section 2 and Recommendation 3 cover charges.").empty());
    CHECK(numbers("Recommendations 2, 3 and 5 are complete; sections 2 to 4 explain why.").empty());
    CHECK(numbers("Aim 1 and Outcome 16 are defined in the glossary.").empty());
    CHECK(numbers("Figures for 2024-25 Q2 and Q3 were published on 3 March 2025 and 03/03/2025.").empty());
    CHECK(numbers("The 2nd and 3rd quarters of 2024 were better.").empty());
    CHECK(numbers("Call 01632 960 400 at 10:30.").empty());
    CHECK(numbers("## 2. Casework\n\n1. First step\n2) Second step\n").empty());
}

TEST_CASE("changes, bounds, ranges, proportions and durations are not figures") {
    CHECK(numbers("Charges rose by 3 on the previous quarter, 2 more than expected.").empty());
    CHECK(numbers("Fewer than 5 charges were for male victims; at least 3 were reviewed.").empty());
    CHECK(numbers("Counts from 1 to 4 are shown as [c], as are those between 1 and 4.").empty());
    CHECK(numbers("About three in four investigators, and 3 cases out of every 10.").empty());
    CHECK(numbers("Contact every 28 weeks, within 3 months, for 2 years.").empty());
    CHECK(numbers("Victims aged 18 to 24 and a 3-year plan.").empty());
    // After a change, only the old level is not a figure: the new one is.
    CHECK(numbers("Charges for male victims fell from 6 to 4.") == Numbers{"4"});
}

TEST_CASE("counts of parts of the report or the plan are not figures") {
    CHECK(numbers("Across all five themes, and in 2 of the last 4 quarters, the panel met 3 times.").empty());
    CHECK(numbers("Phase 2 made 9 recommendations.").empty());
    // Counts of people or cases are.
    CHECK(numbers("Two of the charges were for Black victims.") == Numbers{"Two"});
}

TEST_CASE("in Markdown, embeds, link targets and markup are not read; the author's own code is") {
    CHECK(numbers("Charges: `2`.") == Numbers{"2"});
    CHECK(numbers("Male victims: `kpi charges 2024-25 Q2 sex=Male`.").empty());
    CHECK(numbers("```kpi\nindicator: charges\nperiods: last 4\n```\n").empty());
    CHECK(numbers("```chart\nindicator: charges\ntarget: 15\n```\n").empty());
    CHECK(numbers("See [the table](../reports/2024-25-q2.md#table-3) and <https://example.org/4>.").empty());
    CHECK(numbers("A note.[^2]\n\n[^2]: From the 2024 audit.\n").empty());
    CHECK(numbers("Just **4** charges.") == Numbers{"4"});
    // Plain text keeps every character.
    CHECK(numbers("Charges: `2`.", false) == Numbers{"2"});
}

TEST_CASE("sentences end at full stops, headings, list items, table rows and paragraphs, not at a decimal point") {
    CHECK(sentences("The rate was 11.5% in Q2. It fell.") ==
          std::vector<std::string>{"the rate was 11.5 in q2", "it fell"});
    CHECK(sentences("## Charges\nText\n\n- one item\n- two\n\n| Group | Charges |\n| --- | ---: |\n| Male | 4 |\n") ==
          std::vector<std::string>{"charges", "text", "one item", "two", "group charges", "male 4"});
}

TEST_CASE("phrases match a word's plural or singular, and names split into words") {
    std::vector<std::string> words{"charge", "for", "men", "and", "strangers"};
    CHECK(phrase_at(words, 0, {"charges"}));
    CHECK(phrase_at(words, 4, {"stranger"}));
    CHECK_FALSE(phrase_at(words, 2, {"women"}));
    CHECK(phrase_words("Partner or ex-partner") == std::vector<std::string>{"partner", "or", "ex", "partner"});
    CHECK(phrase_words("60 and over") == std::vector<std::string>{"60", "and", "over"});
}

TEST_CASE("odd Markdown is read without tripping: an empty quote, an unclosed fence, code span or link") {
    CHECK(numbers(">\n> \n>> 4 charges\n") == Numbers{"4"});
    CHECK(numbers("```\n4 charges\n").size() == 1);
    CHECK(numbers("Charges: `4 and [male](x").size() == 1);
    CHECK(numbers("").empty());
}
