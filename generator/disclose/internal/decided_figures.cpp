#include "disclose/internal/decided_figures.hpp"

namespace candour {

std::size_t DecidedFigures::add(DecidedFigure f) {
    figures_.push_back(std::move(f));
    return figures_.size() - 1;
}

PublishedFigures DecidedFigures::as_published() const {
    PublishedFigures out;
    out.names = names_;
    out.figures.reserve(figures_.size());
    for (const auto& d : figures_) {
        Figure f;
        f.cell = d.cell;
        if (d.value->has_number())
            f.number = d.value->number();
        else
            f.symbol = symbol_text(d.value->symbol())[1];
        f.decimals = d.decimals;
        out.figures.push_back(f);
    }
    return out;
}

}  // namespace candour
