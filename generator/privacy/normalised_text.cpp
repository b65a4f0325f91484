#include "privacy/normalised_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "privacy/utf8_text.hpp"

namespace candour {

// Most published text is ASCII, which is normalised here byte by byte. Other
// characters go through ICU's NFKC_Casefold one "chunk" at a time: a
// character and the combining marks after it, which is the unit
// normalisation can change. (NFKC_Casefold also drops default-ignorable
// characters such as U+200B ZERO WIDTH SPACE and U+00AD SOFT HYPHEN.)

namespace {

const icu::Normalizer2& nfkc_casefold() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || !n) throw std::runtime_error("ICU NFKC_Casefold data is missing");
    return *n;
}

const icu::Normalizer2& icu_of(const void* p) {
    return *static_cast<const icu::Normalizer2*>(p);
}

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

TextNormaliser::TextNormaliser() : normaliser_(&nfkc_casefold()) {}

void TextNormaliser::append(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        // The common case, in bulk: a run of printable ASCII that is not a
        // space, not followed by a character that could combine with it.
        if (b > 0x20 && b < 0x7F && pending_.empty()) {
            std::size_t j = i + 1;
            while (j < s.size() && static_cast<unsigned char>(s[j]) > 0x20 && static_cast<unsigned char>(s[j]) < 0x7F)
                ++j;
            if (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80) --j;  // the last may take a mark
            if (j > i) {
                append_ascii_run(s.substr(i, j - i));
                i = j;
                continue;
            }
        }
        if (b < 0x80) {
            bool mark_may_follow = i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80;
            if (!pending_.empty()) flush();
            if (mark_may_follow) {
                pending_ += static_cast<char16_t>(b);
            } else {
                emit_ascii(static_cast<char>(b));
            }
            ++i;
            continue;
        }
        char32_t c = next_code_point(s, i);
        if (c != invalid_code_point) append_code_point(c);
    }
}

void TextNormaliser::append_code_point(char32_t c) {
    if (c < 0x80 && pending_.empty()) {
        emit_ascii(static_cast<char>(c));
        return;
    }
    if (icu_of(normaliser_).hasBoundaryBefore(static_cast<UChar32>(c))) flush();
    icu::UnicodeString one(static_cast<UChar32>(c));
    pending_.append(reinterpret_cast<const char16_t*>(one.getBuffer()), static_cast<std::size_t>(one.length()));
}

void TextNormaliser::space() {
    flush();
    put_space();
}

void TextNormaliser::line_break() {
    flush();
    if (!out_.text.empty() && out_.text.back() == ' ') {
        out_.text.pop_back();
        out_.upper.pop_back();
    }
    if (!out_.text.empty() && out_.text.back() != '\n') put('\n', false);
}

void TextNormaliser::append_ascii_run(std::string_view run) {
    std::size_t at = out_.text.size();
    out_.text.append(run);
    out_.upper.append(run.size(), '\0');
    for (std::size_t k = at; k < out_.text.size(); ++k) {
        char c = out_.text[k];
        if (c >= 'A' && c <= 'Z') {
            out_.text[k] = static_cast<char>(c + ('a' - 'A'));
            out_.upper[k] = '\1';
        }
    }
}

void TextNormaliser::append_normalised(const NormalisedText& t) {
    flush();
    out_.text += t.text;
    out_.upper += t.upper;
}

void TextNormaliser::reserve(std::size_t bytes) {
    out_.text.reserve(bytes);
    out_.upper.reserve(bytes);
}

NormalisedText TextNormaliser::take() {
    flush();
    if (!out_.text.empty() && out_.text.back() == ' ') {
        out_.text.pop_back();
        out_.upper.pop_back();
    }
    return std::move(out_);
}

void TextNormaliser::flush() {
    if (pending_.empty()) return;
    std::u16string chunk;
    chunk.swap(pending_);
    if (chunk.size() == 1 && chunk[0] < 0x80) {
        emit_ascii(static_cast<char>(chunk[0]));
        return;
    }
    icu::UnicodeString first(false, chunk.data(), static_cast<int32_t>(chunk.size()));
    UChar32 c = first.char32At(0);
    emit_normalised(chunk, u_isupper(c) || u_istitle(c));
}

void TextNormaliser::emit_normalised(const std::u16string& chunk, bool upper) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString in(false, chunk.data(), static_cast<int32_t>(chunk.size()));
    icu::UnicodeString out = icu_of(normaliser_).normalize(in, status);
    if (U_FAILURE(status)) return;
    for (int32_t k = 0; k < out.length(); k = out.moveIndex32(k, 1)) {
        emit_code_point(static_cast<char32_t>(out.char32At(k)), upper);
    }
}

void TextNormaliser::emit_code_point(char32_t c, bool upper) {
    auto cp = static_cast<UChar32>(c);
    int8_t type = u_charType(cp);
    if (c < 0x80) {
        if (is_ascii_space(static_cast<char>(c))) {
            put_space();
        } else if (c >= 0x20 && c != 0x7F) {
            put(static_cast<char>(c), upper);
        }
    } else if (type == U_DECIMAL_DIGIT_NUMBER) {
        put(static_cast<char>('0' + u_charDigitValue(cp)), false);
    } else if (u_isUWhiteSpace(cp) || type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR ||
               type == U_PARAGRAPH_SEPARATOR) {
        put_space();
    } else if (type == U_DASH_PUNCTUATION || c == 0x2212) {  // hyphens, en and em dashes, the minus sign
        put('-', false);
    } else if (type != U_FORMAT_CHAR && type != U_CONTROL_CHAR) {  // format characters are invisible
        std::size_t before = out_.text.size();
        append_utf8(out_.text, c);
        out_.upper.append(out_.text.size() - before, upper ? '\1' : '\0');
    }
}

void TextNormaliser::emit_ascii(char c) {
    auto u = static_cast<unsigned char>(c);
    if (is_ascii_space(c)) {
        put_space();
    } else if (u >= 0x20 && u != 0x7F) {  // control characters are not shown
        bool upper = c >= 'A' && c <= 'Z';
        put(upper ? static_cast<char>(c + ('a' - 'A')) : c, upper);
    }
}

void TextNormaliser::put(char c, bool upper) {
    out_.text += c;
    out_.upper += upper ? '\1' : '\0';
}

void TextNormaliser::put_space() {
    if (!out_.text.empty() && out_.text.back() != ' ' && out_.text.back() != '\n') put(' ', false);
}

NormalisedText normalise_plain(std::string_view utf8) {
    TextNormaliser n;
    n.append(utf8);
    return n.take();
}

}  // namespace candour
