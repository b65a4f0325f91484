#pragma once
// CLDR plural categories, from ICU: which form of a message a number takes
// in a language. English has one and other; Welsh has zero, one, two, few,
// many and other. The number is judged as shown (with its visible
// decimals), so "1.0 percentage points" takes the other form, as CLDR says.
#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <vector>

U_NAMESPACE_BEGIN
class PluralRules;
U_NAMESPACE_END

namespace candour {

class PluralRules {
public:
    explicit PluralRules(const std::string& language);  // a BCP 47 tag: "en-GB", "cy"

    // The language's categories, in the order a PO entry's msgstr[0..n]
    // gives their forms: zero, one, two, few, many, other (those it has).
    const std::vector<std::string>& categories() const { return categories_; }

    // The index in categories() of `value` shown with `decimals` decimals.
    std::size_t select(double value, int decimals) const;

private:
    std::string language_;
    std::shared_ptr<const icu::PluralRules> rules_;  // made once; select() is const and thread-safe in ICU
    std::vector<std::string> categories_;
};

}  // namespace candour
