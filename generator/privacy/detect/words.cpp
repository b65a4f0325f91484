#include "privacy/detect/words.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace candour::detect {

namespace {

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

constexpr std::string_view months[] = {"january",   "february", "march",    "april",    "may", "june", "july", "august",
                                       "september", "october",  "november", "december", "jan", "feb",  "mar",  "apr",
                                       "may",       "jun",      "jul",      "aug",      "sep", "oct",  "nov",  "dec"};

constexpr std::string_view ordinals[] = {
    "first",         "second",       "third",         "fourth",       "fifth",        "sixth",          "seventh",
    "eighth",        "ninth",        "tenth",         "eleventh",     "twelfth",      "thirteenth",     "fourteenth",
    "fifteenth",     "sixteenth",    "seventeenth",   "eighteenth",   "nineteenth",   "twentieth",      "twenty-first",
    "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth",  "thirtieth",    "thirty-first"};

constexpr std::string_view function_words[] = {
    "the",  "a",     "an",  "of",  "in",  "on",   "at",  "to",   "and",   "or",   "for",   "by",   "with",  "from",
    "per",  "as",    "is",  "was", "are", "were", "be",  "our",  "their", "its",  "this",  "that", "these", "those",
    "each", "every", "all", "any", "no",  "not",  "new", "more", "than",  "over", "under", "into"};

// Capitalised words that are not people's names, as they start sentences or
// name places, organisations, documents and categories in these reports.
constexpr std::string_view not_names[] = {
    "the",      "a",           "an",       "in",           "on",        "at",       "by",
    "for",      "of",          "from",     "to",           "and",       "or",       "but",
    "as",       "with",        "after",    "before",       "since",     "until",    "during",
    "between",  "across",      "over",     "under",        "about",     "this",     "that",
    "these",    "those",       "there",    "here",         "we",        "our",      "they",
    "their",    "it",          "its",      "he",           "she",       "his",      "her",
    "all",      "each",        "every",    "some",         "most",      "many",     "few",
    "total",    "overall",     "monday",   "tuesday",      "wednesday", "thursday", "friday",
    "saturday", "sunday",      "police",   "service",      "services",  "court",    "courts",
    "crown",    "prosecution", "office",   "commissioner", "force",     "team",     "unit",
    "panel",    "centre",      "center",   "council",      "county",    "city",     "act",
    "section",  "table",       "figure",   "chart",        "quarter",   "phase",    "aim",
    "part",     "annex",       "appendix", "page",         "chapter",   "report",   "recommendation",
    "action",   "plan",        "version",  "room",         "year",      "years",    "white",
    "black",    "asian",       "mixed",    "other",        "british",   "irish",    "any",
    "not",      "stated",      "known",    "unknown",      "male",      "female",   "total",
    "group",    "groups",      "age",      "aged",         "band",      "victims",  "survivors",
    "cases"};

}  // namespace

int month_number(std::string_view word) {
    for (std::size_t i = 0; i < std::size(months); ++i) {
        if (months[i] == word) return static_cast<int>(i % 12) + 1;
    }
    return word == "sept" ? 9 : 0;
}

int ordinal_day(std::string_view word) {
    for (std::size_t i = 0; i < std::size(ordinals); ++i) {
        if (ordinals[i] == word) return static_cast<int>(i) + 1;
    }
    return 0;
}

bool is_not_a_name(std::string_view word) {
    return contains(not_names, word) || month_number(word) != 0;
}

bool is_function_word(std::string_view word) {
    return contains(function_words, word);
}

namespace {

bool is_year(std::string_view digits) {
    return digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
}

// A day written "3", "03", "3rd" or "third"; returns where it ends.
std::optional<std::size_t> day_at(const ScanView& v, std::size_t i) {
    std::size_t e = v.digits_end(i);
    if (e > i) {
        if (e - i > 2) return std::nullopt;
        int day = std::stoi(std::string(v.slice(i, e)));
        if (day < 1 || day > 31) return std::nullopt;
        std::size_t w = v.word_end(e);
        std::string_view suffix = v.slice(e, w);
        if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
            return std::nullopt;
        return w;
    }
    std::size_t w = v.word_end(i);
    if (ordinal_day(v.slice(i, w))) return w;
    // "twenty first", "thirty first"
    if ((v.slice(i, w) == "twenty" || v.slice(i, w) == "thirty") && (v.at(w) == ' ' || v.at(w) == '-')) {
        std::size_t w2 = v.word_end(w + 1);
        if (ordinal_day(v.slice(w + 1, w2)) && ordinal_day(v.slice(w + 1, w2)) < 10) return w2;
    }
    return std::nullopt;
}

std::optional<std::size_t> month_at(const ScanView& v, std::size_t i) {
    std::size_t w = v.word_end(i);
    if (w == i || !month_number(v.slice(i, w))) return std::nullopt;
    return v.at(w) == '.' ? w + 1 : w;
}

// ", 1990" or " 1990" or " '90" after a day and month; returns where it ends, or `i`.
std::size_t year_after(const ScanView& v, std::size_t i) {
    std::size_t j = i;
    if (v.at(j) == ',') ++j;
    if (v.at(j) != ' ') return i;
    ++j;
    if (v.at(j) == '\'') ++j;
    std::size_t e = v.digits_end(j);
    if (v.word(e)) return i;
    if (is_year(v.slice(j, e)) || (v.at(j - 1) == '\'' && e - j == 2)) return e;
    return i;
}

std::optional<std::size_t> numeric_date_at(const ScanView& v, std::size_t i) {
    auto is_sep = [&](std::size_t k) { return v.at(k) == '/' || v.at(k) == '.' || v.at(k) == '-'; };
    std::size_t a = v.digits_end(i);
    if (a == i || !is_sep(a)) return std::nullopt;
    std::size_t b = v.digits_end(a + 1);
    if (b == a + 1 || !is_sep(b)) return std::nullopt;
    std::size_t c = v.digits_end(b + 1);
    if (c == b + 1 || v.word(c)) return std::nullopt;
    std::size_t n1 = a - i, n2 = b - a - 1, n3 = c - b - 1;
    bool day_first = n1 <= 2 && n2 <= 2 && (n3 == 2 || n3 == 4);
    bool iso = n1 == 4 && n2 <= 2 && n3 <= 2;
    if (!day_first && !iso) return std::nullopt;
    return c;
}

}  // namespace

std::optional<std::size_t> date_at(const ScanView& v, std::size_t i, bool year_alone) {
    if (auto numeric = numeric_date_at(v, i)) return numeric;
    if (v.word_is(i, "the")) i += 4;
    // "3rd of March 1990", "3 March", "third of March"
    if (auto day = day_at(v, i); day && v.at(*day) == ' ') {
        std::size_t m = *day + 1;
        if (v.word_is(m, "of")) m += 3;
        if (auto month = month_at(v, m)) return year_after(v, *month);
    }
    // "March 3rd, 1990", "March 1990"
    if (auto month = month_at(v, i); month && v.at(*month) == ' ') {
        if (auto day = day_at(v, *month + 1)) {
            if (!v.word(*day) && v.at(*day) != ':' && !(v.at(*day) == '.' && v.digit(*day + 1))) {
                return year_after(v, *day);
            }
        }
        std::size_t year = year_after(v, *month);
        if (year != *month) return year;
    }
    if (year_alone) {
        std::size_t e = v.digits_end(i);
        bool financial_year = (v.at(e) == '-' || v.at(e) == '/') && v.digit(e + 1);
        if (is_year(v.slice(i, e)) && !v.word(e) && !financial_year) return e;
    }
    return std::nullopt;
}

}  // namespace candour::detect
