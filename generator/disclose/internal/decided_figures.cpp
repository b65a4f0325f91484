#include "disclose/internal/decided_figures.hpp"

namespace candour {

void DecidedFigures::add(DecidedFigure f) {
    by_key_.emplace(f.key.id(), figures_.size());
    figures_.push_back(std::move(f));
}

DecidedFigure* DecidedFigures::find(const std::string& key_id) {
    auto it = by_key_.find(key_id);
    return it == by_key_.end() ? nullptr : &figures_[it->second];
}

std::vector<Figure> DecidedFigures::as_published() const {
    std::vector<Figure> out;
    out.reserve(figures_.size());
    for (const auto& d : figures_) {
        Figure f;
        f.key = d.key;
        if (d.value->has_number()) f.number = d.value->number();
        else f.symbol = symbol_text(d.value->symbol());
        f.decimals = d.decimals;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace candour
