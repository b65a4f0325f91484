#include "privacy/detect/detectors.hpp"
#include "privacy/detect/person_name.hpp"

namespace candour::detect {

// People's names. Without a list of everyone's names, a name is caught where
// writing marks it as one:
// - with an age: "Jane Smith, 34, of Northmoor", "Jane Smith, aged 34",
//   "Ms Smith (34)", "Jane Smith, 34-year-old";
// - after a title: "Mrs Smith", "Dr J. Patel", "Mr John Smith".
// A name that is rightly published, such as the Commissioner's, goes in
// site.yaml's privacy allow list.

namespace {

// After the age: ",", ")", ";" or "years old" and the like; returns where the match ends.
std::optional<std::size_t> after_age(const ScanView& v, std::size_t e) {
    for (std::string_view tail : {" years old", "-year-old", " year old", " years of age", " yrs", "yrs"}) {
        if (v.starts(e, tail) && !v.word(e + tail.size())) return e + tail.size();
    }
    char c = v.at(e);
    if (c == ',' || c == ')' || c == ';') return e + (c == ')' ? 1 : 0);
    return std::nullopt;
}

class NameWithAgeDetector final : public Detector {
public:
    std::string kind() const override { return "name with an age"; }
    Triggers triggers() const override { return {{}, true, false, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        if (end - start > 3 || !v.digit(start) || v.at(end) == '.' || v.at(end) == '%') return std::nullopt;
        int age = std::stoi(std::string(v.slice(start, end)));
        if (age < 1 || age > 110) return std::nullopt;
        // What introduces the age: ", 34", " aged 34", ", aged 34", " (34)", " (aged 34)".
        std::size_t before = start;
        bool aged = false, bracket = false;
        if (before >= 5 && (v.slice(before - 5, before) == "aged ")) {
            before -= 5;
            aged = true;
        } else if (before >= 4 && v.slice(before - 4, before) == "age ") {
            before -= 4;
            aged = true;
        }
        if (before >= 2 && v.slice(before - 2, before) == ", ") {
            before -= 2;
        } else if (before >= 2 && v.slice(before - 2, before) == " (") {
            before -= 2;
            bracket = true;
        } else if (aged && before >= 1 && v.at(before - 1) == ' ') {
            before -= 1;
        } else {
            return std::nullopt;
        }
        auto tail = after_age(v, end);
        if (!tail && !(aged && !v.word(end))) return std::nullopt;
        if (bracket && v.at(end) != ')') return std::nullopt;
        NameWords name = name_before(v, before);
        // "White British (40)" is a breakdown: a bracketed age needs a title or "aged".
        bool enough = name.titled ? name.words >= 1 : (bracket && !aged ? false : name.words >= (aged ? 1 : 2));
        if (!enough) return std::nullopt;
        return Match{name.start, tail ? *tail : end};
    }
};

class TitledNameDetector final : public Detector {
public:
    std::string kind() const override { return "person's name"; }
    Triggers triggers() const override { return {{"mr", "mrs", "ms", "miss", "mx", "dr"}, false, false, false}; }

    std::optional<Match> match_at(const ScanView& v, std::size_t start, std::size_t end) const override {
        if (!v.upper(start)) return std::nullopt;  // "miss" the verb
        std::size_t i = end;
        if (v.at(i) == '.') ++i;
        if (v.at(i) != ' ') return std::nullopt;
        NameWords name = name_after(v, i + 1);
        if (name.words < 1) return std::nullopt;
        return Match{start, name.end};
    }
};

}  // namespace

std::unique_ptr<Detector> name_with_age_detector() {
    return std::make_unique<NameWithAgeDetector>();
}
std::unique_ptr<Detector> titled_name_detector() {
    return std::make_unique<TitledNameDetector>();
}

}  // namespace candour::detect
