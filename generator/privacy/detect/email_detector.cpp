#include <algorithm>
#include <iterator>

#include "privacy/detect/detectors.hpp"

namespace candour::detect {

// Email addresses, however they are written: "jane@example.org",
// "jane [at] example [dot] org", "jane(at)example(dot)org",
// "jane at example dot org". An address with a spelt-out " at " or " dot "
// must end in a known top-level domain, and " at " before a dotted name
// ("published at www.gov.uk") needs an address-like name before it or the
// word "email" near, so ordinary sentences pass.

namespace {

constexpr std::string_view known_tlds[] = {
    "com", "org", "net",     "uk",   "co",      "gov",   "ac",    "nhs",   "police", "info", "io",     "edu",
    "me",  "biz", "example", "test", "invalid", "scot",  "wales", "cymru", "eu",     "ie",   "de",     "fr",
    "us",  "ca",  "au",      "nz",   "online",  "email", "mail",  "live",  "app",    "dev",  "org.uk", "ltd"};

bool local_char(const ScanView& v, std::size_t i) {
    char c = v.at(i);
    return v.word(i) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}

bool opener(char c) {
    return c == '[' || c == '(' || c == '{' || c == '<';
}
bool closer(char c) {
    return c == ']' || c == ')' || c == '}' || c == '>';
}

enum class Form { none, symbol, plain };

// An "at" or a "dot" written out at `i`: the word itself in brackets, between
// dashes or underscores, or (plain) between spaces. Sets `end` past it.
Form spelt(const ScanView& v, std::size_t i, std::string_view word, std::size_t& end) {
    std::size_t b = v.skip(i, ' ');
    if (opener(v.at(b))) {
        std::size_t w = v.skip(b + 1, ' ');
        if (v.starts(w, word)) {
            std::size_t c = v.skip(w + word.size(), ' ');
            if (closer(v.at(c))) {
                end = v.skip(c + 1, ' ');
                return Form::symbol;
            }
        }
    }
    char before = v.at(i);
    if ((before == '-' || before == '_') && v.word_is(i + 1, word) && v.at(i + 1 + word.size()) == before) {
        end = i + word.size() + 2;
        return Form::symbol;
    }
    if (before == ' ' && v.word_is(i + 1, word) && v.at(i + 1 + word.size()) == ' ') {
        end = i + word.size() + 2;
        return Form::plain;
    }
    return Form::none;
}

// A dot between labels at `i`: '.', or "dot" or "." written out.
Form dot_at(const ScanView& v, std::size_t i, std::size_t& end) {
    if (v.at(i) == '.' && v.word(i + 1)) {
        end = i + 1;
        return Form::symbol;
    }
    std::size_t b = v.skip(i, ' ');
    if (opener(v.at(b)) && v.at(v.skip(b + 1, ' ')) == '.') {
        std::size_t c = v.skip(v.skip(b + 1, ' ') + 1, ' ');
        if (closer(v.at(c))) {
            end = v.skip(c + 1, ' ');
            return Form::symbol;
        }
    }
    return spelt(v, i, "dot", end);
}

struct Domain {
    std::size_t end = 0;
    std::string_view tld;
    bool plain_dot = false;
};

std::optional<Domain> domain_at(const ScanView& v, std::size_t i) {
    Domain d;
    int dots = 0;
    std::size_t label_start = i;
    while (true) {
        std::size_t e = label_start;
        while (v.word(e) || (v.at(e) == '-' && v.word(e + 1) && !v.starts(e, "-dot-"))) ++e;
        if (e == label_start) return std::nullopt;
        d.end = e;
        d.tld = v.slice(label_start, e);
        std::size_t next;
        Form f = dot_at(v, e, next);
        if (f == Form::none || !v.word(next)) break;
        d.plain_dot = d.plain_dot || f == Form::plain;
        ++dots;
        label_start = next;
    }
    bool alphabetic =
        d.tld.size() >= 2 && std::none_of(d.tld.begin(), d.tld.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (dots == 0 || !alphabetic) return std::nullopt;
    return d;
}

// The local part ending just before `end`: its start, or nothing.
std::optional<std::size_t> local_part_before(const ScanView& v, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && end - start < 64) {
        if (local_char(v, start - 1)) {
            --start;
        } else if (start >= 6 && v.slice(start - 5, start) == " dot " && v.word(start - 6)) {
            start -= 5;  // "jane dot smith at ..."
        } else {
            break;
        }
    }
    while (start < end && !v.word(start)) ++start;  // not from a dot or a dash
    if (start == end) return std::nullopt;
    return start;
}

bool looks_like_address_name(std::string_view local) {
    return local.find_first_of("._%+0123456789") != std::string_view::npos;
}

bool email_word_near(const ScanView& v, std::size_t start) {
    std::size_t from = start > 40 ? start - 40 : 0;
    std::string_view before = v.slice(from, start);
    return before.find("email") != std::string_view::npos || before.find("e-mail") != std::string_view::npos ||
           before.find("contact") != std::string_view::npos || before.find("write to") != std::string_view::npos;
}

bool known_tld(std::string_view tld) {
    return std::find(std::begin(known_tlds), std::end(known_tlds), tld) != std::end(known_tlds);
}

class EmailDetector final : public Detector {
public:
    std::string kind() const override { return "email address"; }
    Triggers triggers() const override { return {{"at"}, false, false, true}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        std::size_t at_start = start, after = end;
        Form form = Form::symbol;
        if (v.at(start) == '@') {
            // "jane @ example.org", "jane [@] example.org"
            if (start > 0 && opener(v.at(start - 1)) && closer(v.at(end))) {
                --at_start;
                ++after;
            }
            if (at_start > 0 && v.at(at_start - 1) == ' ') --at_start;
            if (v.at(after) == ' ') ++after;
        } else {
            // The spelt "at" starts at the space, dash or bracket before the word.
            form = Form::none;
            for (std::size_t f = start >= 3 ? start - 3 : 0; f < start && form == Form::none; ++f) {
                form = spelt(v, f, "at", after);
                if (form != Form::none && after <= end) form = Form::none;
                if (form != Form::none) at_start = f;
            }
            if (form == Form::none || after <= end) return std::nullopt;
        }
        auto local = local_part_before(v, at_start);
        auto domain = domain_at(v, after);
        if (!local || !domain) return std::nullopt;
        if (form == Form::plain || domain->plain_dot) {
            if (!known_tld(domain->tld)) return std::nullopt;
            bool plain_at_dotted = form == Form::plain && !domain->plain_dot;
            if (plain_at_dotted && !looks_like_address_name(v.slice(*local, at_start)) && !email_word_near(v, *local)) {
                return std::nullopt;
            }
        }
        return Match{*local, domain->end};
    }
};

}  // namespace

std::unique_ptr<Detector> email_detector() {
    return std::make_unique<EmailDetector>();
}

}  // namespace candour::detect
