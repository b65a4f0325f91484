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
        f.revised = d.revised;
        out.figures.push_back(f);
    }
    out.figures.insert(out.figures.end(), released_.begin(), released_.end());
    return out;
}

void DecidedFigures::add_released(const PublishedFigures& released) {
    const FigureNames& from = released.names;
    std::vector<std::uint8_t> editions;
    for (std::uint32_t i = 0; i < from.editions(); ++i)
        editions.push_back(names_.edition(from.edition_name(static_cast<std::uint8_t>(i))));
    for (Figure f : released.figures) {
        f.cell = {names_.table(from.table_name(f.cell.table)), names_.period(from.period_name(f.cell.period)),
                  names_.series(from.breakdown_of(f.cell.series), from.group_of(f.cell.series)), f.cell.measure,
                  editions[f.cell.edition]};
        released_.push_back(f);
    }
}

}  // namespace candour
