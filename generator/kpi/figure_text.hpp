#pragma once
// Figures as people type them in a spreadsheet or a Markdown block: "1234",
// "1,234", "12.5". Anything a computer would also read as a number but a
// reader would not, such as "nan", "inf", "1e3" or "0x10", is refused, as is
// a figure too large to be held exactly (above 2^53), so that no figure is
// ever published as something other than what was typed.
#include <optional>
#include <string>
#include <string_view>

namespace candour {

struct FigureText {
    std::optional<double> value;  // set when the text is a figure
    std::string problem;          // otherwise: what is wrong, as the end of "value 'x' ..."
    std::string hint;             // and how to write it instead
};

// Reads a figure: digits, optionally grouped in threes by commas, optionally
// a decimal point followed by digits, optionally a leading minus sign; at
// most 2^53 (9,007,199,254,740,992), the largest whole number a double holds
// exactly.
FigureText read_figure(std::string_view text);

}  // namespace candour
