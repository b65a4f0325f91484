#include "load/language_tag.hpp"

#include <algorithm>
#include <vector>

namespace candour {

namespace {

bool all_of(std::string_view s, bool (*test)(char)) {
    return !s.empty() && std::all_of(s.begin(), s.end(), test);
}
bool letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool digit(char c) {
    return c >= '0' && c <= '9';
}
bool alnum(char c) {
    return letter(c) || digit(c);
}

std::vector<std::string_view> parts_of(std::string_view tag) {
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    while (true) {
        std::size_t dash = tag.find('-', from);
        parts.push_back(tag.substr(from, dash == std::string_view::npos ? std::string_view::npos : dash - from));
        if (dash == std::string_view::npos) return parts;
        from = dash + 1;
    }
}

}  // namespace

bool is_language_tag(std::string_view tag) {
    std::vector<std::string_view> parts = parts_of(tag);
    std::size_t i = 0;
    auto sized = [](std::string_view p, std::size_t lo, std::size_t hi) { return p.size() >= lo && p.size() <= hi; };
    if (!sized(parts[i], 2, 3) || !all_of(parts[i], letter)) return false;
    ++i;
    if (i < parts.size() && parts[i].size() == 4 && all_of(parts[i], letter)) ++i;  // script
    if (i < parts.size() &&
        ((parts[i].size() == 2 && all_of(parts[i], letter)) || (parts[i].size() == 3 && all_of(parts[i], digit))))
        ++i;                         // region
    for (; i < parts.size(); ++i) {  // variants
        bool long_variant = sized(parts[i], 5, 8) && all_of(parts[i], alnum);
        bool short_variant = parts[i].size() == 4 && digit(parts[i][0]) && all_of(parts[i], alnum);
        if (!long_variant && !short_variant) return false;
    }
    return true;
}

}  // namespace candour
