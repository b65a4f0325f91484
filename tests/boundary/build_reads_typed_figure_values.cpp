// Written as if in generator/build/, which holds a TypedFigureCheck: the
// hidden values inside it are as private as every other raw figure.
#include "disclose/internal/hidden_figures.hpp"

double leak(const candour::HiddenFigures& hidden) {
    return hidden.figures.front().value;
}
