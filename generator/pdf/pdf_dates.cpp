#include "pdf/pdf_dates.hpp"

#include <cctype>

namespace candour {

namespace {

bool digits(const std::string& s, std::size_t at, std::size_t count) {
    if (at + count > s.size()) return false;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

// "(D:YYYYMMDDHHmmSS" then Skia's zone "+HH'mm'" (or "Z"): overwritten in
// place with the same number of bytes.
bool overwrite_stamp(std::string& pdf, std::size_t at, const std::string& stamp) {
    if (pdf.compare(at, 3, "(D:") != 0 || !digits(pdf, at + 3, 14)) return false;
    pdf.replace(at + 3, 14, stamp);
    std::size_t zone = at + 17;
    if (zone + 7 <= pdf.size() && (pdf[zone] == '+' || pdf[zone] == '-') && digits(pdf, zone + 1, 2) &&
        pdf[zone + 3] == '\'' && digits(pdf, zone + 4, 2) && pdf[zone + 6] == '\'') {
        pdf.replace(zone, 7, "+00'00'");
    }
    return true;
}

}  // namespace

int fix_pdf_dates(std::string& pdf, const std::string& iso_date) {
    if (iso_date.size() != 10) return 0;
    std::string stamp = iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2) + "000000";
    int fixed = 0;
    for (const std::string key : {"/CreationDate", "/ModDate"}) {
        for (std::size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + key.size())) {
            std::size_t value = at + key.size();
            while (value < pdf.size() && pdf[value] == ' ') ++value;
            if (overwrite_stamp(pdf, value, stamp)) ++fixed;
        }
    }
    return fixed;
}

}  // namespace candour
