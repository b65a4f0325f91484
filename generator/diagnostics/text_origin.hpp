#pragma once
// Where each character of a text taken out of a file came from, when the
// reader of the file changed its layout: a YAML value loses its
// indentation, its quotes and the line breaks it folds. A problem found
// inside such a text (a broken link in a tracker response) is then reported
// at its own line and column in the file.
#include <cstddef>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"

namespace candour {

class TextOrigin {
public:
    TextOrigin() = default;
    // Every character at one place (the field), until anchors say better.
    explicit TextOrigin(SourcePos field) : field_(std::move(field)) {}

    // From byte `offset` of the text on, characters follow `pos` one by one.
    void anchor(std::size_t offset, SourcePos pos) { anchors_.push_back({offset, std::move(pos)}); }
    // Bytes from `offset` on could not be followed: they are at the field.
    void lost_at(std::size_t offset) { lost_at_ = offset; }

    const SourcePos& field() const { return field_; }
    // The file position of byte `offset` of `text`.
    SourcePos at(std::string_view text, std::size_t offset) const;
    // The same for a 1-based line and a 1-based byte column of `text`, as
    // cmark-gfm reports them.
    SourcePos at_line_col(std::string_view text, int line, int byte_col) const;

private:
    struct Anchor {
        std::size_t offset;
        SourcePos pos;
    };
    SourcePos field_;
    std::vector<Anchor> anchors_;  // in offset order
    std::size_t lost_at_ = static_cast<std::size_t>(-1);
};

}  // namespace candour
