#include "load/partial_cycles.hpp"

#include <algorithm>
#include <set>

namespace candour {

namespace {

// Depth-first through the includes; `path` holds the partials being expanded.
class CycleFinder {
public:
    explicit CycleFinder(const TemplateSet& templates) : templates_(templates) {}

    std::vector<PartialCycle> run() {
        for (const auto& [_, partial] : templates_.partials) visit(partial);
        return std::move(found_);
    }

private:
    void visit(const TemplateFile& t) {
        if (done_.count(t.name)) return;
        path_.push_back(t.name);
        for (const auto& tag : t.tags) {
            if (tag.kind != '>') continue;
            auto it = templates_.partials.find(tag.name);
            if (it == templates_.partials.end()) continue;  // reported as a missing partial
            auto open = std::find(path_.begin(), path_.end(), tag.name);
            if (open != path_.end()) {
                std::vector<std::string> chain(open, path_.end());
                chain.push_back(tag.name);
                found_.push_back({std::move(chain), tag.pos});
                continue;
            }
            visit(it->second);
        }
        path_.pop_back();
        done_.insert(t.name);
    }

    const TemplateSet& templates_;
    std::set<std::string> done_;
    std::vector<std::string> path_;
    std::vector<PartialCycle> found_;
};

}  // namespace

std::vector<PartialCycle> partial_cycles(const TemplateSet& templates) {
    return CycleFinder(templates).run();
}

}  // namespace candour
