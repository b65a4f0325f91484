#pragma once
// Text as the privacy gate reads it: what a reader would see, in one form
// however it was written. Unicode NFKC with case folding (so fullwidth "０７７００"
// and "07700" are the same), zero-width and other invisible characters gone,
// every decimal digit ASCII, every dash '-', every space one ' '. Breaks between
// blocks (table cells, paragraphs, attribute values) are '\n', which the
// detectors do not read across except where a keyword leads to a value.
#include <cstdint>
#include <string>
#include <string_view>

namespace candour {

struct NormalisedText {
    std::string text;   // UTF-8, case folded
    std::string upper;  // one byte per byte of `text`: 1 where the character was upper or title case

    bool is_upper(std::size_t i) const { return i < upper.size() && upper[i] != 0; }
};

// Builds a NormalisedText piece by piece, from text already decoded (no
// entities or escapes left): the readers of each published format feed it.
class TextNormaliser {
public:
    TextNormaliser();
    void append(std::string_view utf8);  // invalid UTF-8 bytes are dropped
    void append_code_point(char32_t c);
    void space();       // a space unless one is already there
    void line_break();  // the end of a block: '\n', replacing a space before it
    void reserve(std::size_t bytes);
    void append_normalised(const NormalisedText& t);  // text normalised already, such as another normaliser's
    NormalisedText take();

private:
    void flush();
    void emit_ascii(char c);
    void emit_normalised(const std::u16string& chunk, bool upper);
    void emit_code_point(char32_t c, bool upper);
    void put(char c, bool upper);
    void append_ascii_run(std::string_view run);  // printable, no spaces
    void put_space();

    NormalisedText out_;
    std::u16string pending_;  // a character and the marks that may combine with it
    const void* normaliser_;  // icu::Normalizer2 (NFKC_Casefold), kept out of the header
};

// The normalised form of plain text, for tests and for site.yaml lists.
NormalisedText normalise_plain(std::string_view utf8);

}  // namespace candour
