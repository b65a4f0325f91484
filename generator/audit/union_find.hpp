#pragma once
// Sets that only ever merge (disjoint-set union with path halving), for
// cells declared equal and tables joined by relations. The smaller index of
// two joined sets becomes their root, so roots do not depend on join order.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace candour {

class UnionFind {
public:
    std::size_t add() {
        parent_.push_back(parent_.size());
        return parent_.size() - 1;
    }
    std::size_t size() const { return parent_.size(); }
    std::size_t find(std::size_t n) {
        while (parent_[n] != n) n = parent_[n] = parent_[parent_[n]];
        return n;
    }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::size_t> parent_;
};

}  // namespace candour
