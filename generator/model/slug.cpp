#include "model/routes.hpp"

namespace candour {

std::string slugify(std::string_view text) {
    std::string slug;
    bool pending_hyphen = false;
    for (unsigned char c : text) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c - 'A' + 'a');
            keep = true;
        }
        if (keep) {
            if (pending_hyphen && !slug.empty()) slug += '-';
            pending_hyphen = false;
            slug += static_cast<char>(c);
        } else if (c != '\'') {  // "Victims' Code" -> "victims-code"
            pending_hyphen = true;
        }
    }
    return slug;
}

}  // namespace candour
