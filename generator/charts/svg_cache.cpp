#include "charts/svg_cache.hpp"

namespace candour {

std::string spec_key(const std::string& spec_text, const std::string& salt) {
    return content_key(salt + "\n" + spec_text);
}

std::optional<std::string> SvgCache::get(const std::string& key) const {
    auto svg = files_.get(key);
    // A file cut short (a full disk) is not a chart.
    if (!svg || svg->rfind("<svg", 0) != 0 || svg->size() < 12 || svg->compare(svg->size() - 6, 6, "</svg>") != 0) {
        return std::nullopt;
    }
    return svg;
}

bool SvgCache::put(const std::string& key, const std::string& svg) const {
    return files_.put(key, svg);
}

}  // namespace candour
