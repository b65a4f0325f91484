#include "pdf/pdf_names.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <vector>

namespace candour {

namespace {

constexpr std::string_view prefix = "(node";
constexpr std::size_t digits = 8;

// Where each "(nodeNNNNNNNN)" is: the offset of its digits.
std::vector<std::size_t> name_digits(const std::string& pdf) {
    std::vector<std::size_t> found;
    for (std::size_t at = pdf.find(prefix); at != std::string::npos; at = pdf.find(prefix, at + 1)) {
        std::size_t start = at + prefix.size();
        if (start + digits >= pdf.size() || pdf[start + digits] != ')') continue;
        bool all_digits = true;
        for (std::size_t i = start; i < start + digits; ++i)
            all_digits = all_digits && std::isdigit(static_cast<unsigned char>(pdf[i]));
        if (all_digits) found.push_back(start);
    }
    return found;
}

}  // namespace

int renumber_pdf_node_names(std::string& pdf) {
    std::vector<std::size_t> places = name_digits(pdf);
    std::map<std::string, std::string> renamed;  // sorted: the n-th smallest becomes n
    for (std::size_t at : places) renamed[pdf.substr(at, digits)];
    int next = 0;
    for (auto& [old_name, new_name] : renamed) new_name = fmt::format("{:0{}}", ++next, digits);
    for (std::size_t at : places) pdf.replace(at, digits, renamed[pdf.substr(at, digits)]);
    return next;
}

}  // namespace candour
