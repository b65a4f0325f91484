#include "privacy/source_view.hpp"

#include <unicode/normalizer2.h>

#include "io/hex_digits.hpp"
#include "markdown/html_entities.hpp"
#include "privacy/match_key.hpp"
#include "privacy/normalised_text.hpp"
#include "privacy/utf8_text.hpp"

namespace candour {

namespace {

bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Where an HTML tag that starts at `i` ends, or `i` if none starts there.
std::size_t tag_end(std::string_view s, std::size_t i) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    if (j >= s.size() || !is_alpha(s[j])) return i;
    while (j < s.size() && (is_alpha(s[j]) || (s[j] >= '0' && s[j] <= '9') || s[j] == '-')) ++j;
    if (j >= s.size() || !(s[j] == '>' || s[j] == ' ' || s[j] == '/' || s[j] == '\n' || s[j] == '\t')) return i;
    std::size_t close = s.find('>', j);
    return close == std::string_view::npos ? i : close + 1;
}

// Decoded characters with the span of the file each came from.
class Decoder {
public:
    Decoder(std::string_view s, SourceReading reading, bool mustache) : s_(s), reading_(reading), mustache_(mustache) {}

    SourceView read() {
        view_.boundary.push_back(true);
        while (i_ < s_.size()) step();
        flush();
        view_.boundary.back() = true;
        return std::move(view_);
    }

private:
    void step() {
        std::size_t start = i_;
        std::string_view rest = s_.substr(i_);
        bool text_only = reading_ == SourceReading::text;
        if (mustache_ && rest.starts_with("{{")) {
            skip_to(rest.starts_with("{{{") ? "}}}" : "}}");
        } else if (text_only && rest.starts_with("<!--")) {
            skip_to("-->");
        } else if (text_only && rest[0] == '<' && tag_end(s_, i_) != i_) {
            i_ = tag_end(s_, i_);
            gap();
        } else if (rest[0] == '&' && entity(start)) {
        } else if (rest[0] == '\\' && rest.size() > 1) {
            escape(start);
        } else if (rest[0] == '%' && hex_number(s_, i_ + 1, 2) >= 0 && hex_number(s_, i_ + 1, 2) < 0x80) {
            i_ += 3;
            unit(std::string(1, static_cast<char>(hex_number(s_, start + 1, 2))), start);
        } else {
            char32_t c = next_code_point(s_, i_);
            if (c == invalid_code_point) return gap();
            std::string u;
            append_utf8(u, c);
            unit(u, start);
        }
    }

    void skip_to(std::string_view end) {
        std::size_t stop = s_.find(end, i_ + 2);
        i_ = stop == std::string_view::npos ? s_.size() : stop + end.size();
        gap();
    }

    bool entity(std::size_t start) {
        std::string decoded;
        std::size_t used = decode_entity(s_.substr(i_), decoded);
        if (!used) return false;
        i_ += used;
        unit(decoded, start);
        return true;
    }

    // Markdown ("\@"), YAML and JSON ("\x40", "\u0040", "\n") escapes.
    void escape(std::size_t start) {
        char e = s_[i_ + 1];
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        long code = digits ? hex_number(s_, i_ + 2, digits) : -1;
        if (code >= 0 && code <= 0x10FFFF) {
            i_ += 2 + static_cast<std::size_t>(digits);
            std::string u;
            append_utf8(u, static_cast<char32_t>(code));
            return unit(u, start);
        }
        i_ += 2;
        if (std::string_view("ntr0abefvNLP_").find(e) != std::string_view::npos || e == '\n') return unit(" ", start);
        if (is_ascii_punctuation(e)) return unit(std::string(1, e), start);
        i_ -= 1;  // a backslash before a letter is just a backslash
        unit("\\", start);
    }

    // A decoded character (or several, from one entity). A combining mark
    // joins the character before it, as normalisation would join them.
    void unit(const std::string& decoded, std::size_t start) {
        bool ascii = decoded.size() == 1 && static_cast<unsigned char>(decoded[0]) < 0x80;
        if (!pending_.empty() && !ascii && continues(decoded)) {
            pending_ += decoded;
            pending_end_ = i_;
            return;
        }
        flush();
        pending_ = decoded;
        pending_start_ = start;
        pending_end_ = i_;
    }

    bool continues(const std::string& decoded) const {
        std::size_t k = 0;
        char32_t c = next_code_point(decoded, k);
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        return U_SUCCESS(status) && c != invalid_code_point && !n->hasBoundaryBefore(static_cast<UChar32>(c));
    }

    void flush() {
        if (pending_.empty()) return;
        std::string normalised;
        if (pending_.size() == 1 && static_cast<unsigned char>(pending_[0]) < 0x80) {
            char c = pending_[0];
            normalised = std::string(1, c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
        } else {
            normalised = normalise_plain(pending_).text;
        }
        bool any = false;
        for (char c : normalised) {
            if (!is_key_byte(c)) continue;
            if (!any && gap_) view_.boundary.back() = true;
            any = true;
            view_.key += c;
            view_.boundary.push_back(false);
            view_.from.push_back(static_cast<std::uint32_t>(pending_start_));
            view_.to.push_back(static_cast<std::uint32_t>(pending_end_));
        }
        gap_ = !any;
        pending_.clear();
    }

    void gap() {
        flush();
        gap_ = true;
    }

    std::string_view s_;
    SourceReading reading_;
    bool mustache_;
    std::size_t i_ = 0;
    std::string pending_;
    std::size_t pending_start_ = 0, pending_end_ = 0;
    bool gap_ = true;
    SourceView view_;
};

}  // namespace

SourceView read_source(std::string_view file_text, SourceReading reading, bool mustache) {
    return Decoder(file_text, reading, mustache).read();
}

}  // namespace candour
