#include "messages/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "diagnostics/suggest.hpp"
#include "messages/message_ids.hpp"
#include "messages/po_file.hpp"

namespace candour {

namespace {

constexpr const char* docs = "docs/templates.md, \"Messages\"";

std::vector<std::string> spec_ids() {
    std::vector<std::string> ids;
    for (const auto& s : message_specs()) ids.emplace_back(s.id);
    return ids;
}

std::string list(const std::vector<std::string_view>& names) {
    if (names.empty()) return "none";
    std::string out;
    for (auto n : names) out += (out.empty() ? "{" : ", {") + std::string(n) + "}";
    return out;
}

// The placeholders a form uses; false when a brace is left open or closed
// without opening.
bool placeholders_of(const std::string& form, std::vector<std::string>& names) {
    for (std::size_t i = 0; i < form.size(); ++i) {
        if (form[i] == '}') return false;
        if (form[i] != '{') continue;
        auto close = form.find('}', i);
        if (close == std::string::npos || form.find('{', i + 1) < close) return false;
        names.push_back(form.substr(i + 1, close - i - 1));
        i = close;
    }
    return true;
}

class CatalogueCheck {
public:
    CatalogueCheck(const PluralRules& plurals, Diagnostics& diags) : plurals_(plurals), diags_(diags) {}

    bool accept(const PoEntry& e) {
        const MessageSpec* spec = message_spec(e.id);
        if (!spec) {
            diags_.error(e.pos, fmt::format("'{}' is not one of candour's messages", e.id),
                         did_you_mean(e.id, spec_ids(), fmt::format("remove it; the message ids are in {}", docs)));
            return false;
        }
        if (e.fuzzy) {
            diags_.error(e.pos, fmt::format("message '{}' is marked fuzzy: its translation was not checked", e.id),
                         "check the text, then remove the '#, fuzzy' line above it");
            return false;
        }
        if (!spec->plural_on.empty() && !e.plural) {
            diags_.error(
                e.pos, fmt::format("message '{}' has a form for each plural category", e.id),
                fmt::format("write msgid_plural \"{}\" and msgstr[0] to msgstr[{}] ({}), chosen by {{{}}}", e.id,
                            plurals_.categories().size() - 1, fmt::join(plurals_.categories(), ", "), spec->plural_on));
            return false;
        }
        if (spec->plural_on.empty() && e.plural) {
            diags_.error(e.pos, fmt::format("message '{}' has one form, not plural forms", e.id),
                         "remove msgid_plural and write one msgstr");
            return false;
        }
        if (e.plural && e.forms.size() != plurals_.categories().size()) {
            diags_.error(
                e.pos,
                fmt::format("message '{}' has {} plural forms, and this language has {} ({})", e.id, e.forms.size(),
                            plurals_.categories().size(), fmt::join(plurals_.categories(), ", ")),
                "write msgstr[0] to msgstr[" + std::to_string(plurals_.categories().size() - 1) + "] in that order");
            return false;
        }
        bool ok = true;
        for (std::size_t i = 0; i < e.forms.size(); ++i) ok = check_form(e, *spec, i) && ok;
        return ok;
    }

private:
    bool check_form(const PoEntry& e, const MessageSpec& spec, std::size_t i) {
        const std::string& form = e.forms[i];
        std::string which = e.plural ? fmt::format(" (form '{}')", plurals_.categories()[i]) : "";
        if (form.empty()) {
            diags_.error(e.pos, fmt::format("message '{}'{} has no text", e.id, which),
                         "write its text in msgstr, or remove the entry to keep the theme's");
            return false;
        }
        std::vector<std::string> used;
        if (!placeholders_of(form, used)) {
            diags_.error(
                e.pos, fmt::format("message '{}'{} has a '{{' or '}}' without its pair", e.id, which),
                fmt::format("placeholders are written {{name}}; this message's are {}", list(spec.placeholders)));
            return false;
        }
        for (const auto& name : used) {
            if (std::find(spec.placeholders.begin(), spec.placeholders.end(), name) != spec.placeholders.end())
                continue;
            std::vector<std::string> allowed(spec.placeholders.begin(), spec.placeholders.end());
            diags_.error(e.pos, fmt::format("message '{}'{} uses {{{}}}, which it is not given", e.id, which, name),
                         did_you_mean(name, allowed, "its placeholders are " + list(spec.placeholders)));
            return false;
        }
        return true;
    }

    const PluralRules& plurals_;
    Diagnostics& diags_;
};

}  // namespace

Messages::Messages() : plurals_(std::make_shared<PluralRules>("en-GB")) {}

Messages Messages::load(const std::vector<MessageSource>& sources, const std::string& language, Diagnostics& diags) {
    Messages m;
    m.language_ = language;
    m.plurals_ = std::make_shared<PluralRules>(language);
    CatalogueCheck check(*m.plurals_, diags);
    for (const auto& source : sources) {
        PoFile file = read_po(source.text, source.display_path, diags);
        for (const auto& e : file.entries) {
            if (!check.accept(e)) continue;
            m.forms_.emplace(e.id, e.forms);  // an earlier source (the overrides) wins
        }
    }
    std::string where =
        sources.empty() ? std::string("the theme's messages/") + language + ".po" : sources.back().display_path;
    for (const auto& spec : message_specs()) {
        if (m.forms_.count(spec.id)) continue;
        // The build stops before writing; until then the id stands in, so
        // the stages after load still run and report their own problems.
        m.forms_.emplace(std::string(spec.id), std::vector<std::string>{std::string(spec.id)});
        diags.error({where, 1, 1}, fmt::format("the message catalogue has no message '{}'", spec.id),
                    fmt::format("add it (msgid \"{}\" and its text; placeholders {}), as in the default theme's "
                                "messages/en-GB.po",
                                spec.id, list(spec.placeholders)));
    }
    return m;
}

std::string Messages::fill(const std::string& form, const MessageArgs& args) const {
    std::string out;
    out.reserve(form.size() + 32);
    for (std::size_t i = 0; i < form.size(); ++i) {
        if (form[i] != '{') {
            out += form[i];
            continue;
        }
        auto close = form.find('}', i);
        std::string_view name(form.data() + i + 1, close - i - 1);
        for (const auto& [key, value] : args) {
            if (key == name) {
                out += value;
                break;
            }
        }
        i = close;
    }
    return out;
}

std::string Messages::text(std::string_view id, const MessageArgs& args) const {
    auto it = forms_.find(id);
    if (it == forms_.end()) {
        if (forms_.empty()) return std::string(id);  // no catalogue loaded (stage tests)
        throw std::logic_error("message " + std::string(id) + " was not checked at load");
    }
    return fill(it->second.front(), args);
}

std::string Messages::plural(std::string_view id, double plural_value, int plural_decimals,
                             const MessageArgs& args) const {
    auto it = forms_.find(id);
    if (it == forms_.end()) return text(id, args);
    std::size_t form =
        std::isnan(plural_value) ? plurals_->categories().size() - 1 : plurals_->select(plural_value, plural_decimals);
    return fill(it->second.at(std::min(form, it->second.size() - 1)), args);
}

std::vector<std::pair<std::string, std::string>> Messages::plural_forms(std::string_view id,
                                                                        const MessageArgs& args) const {
    auto it = forms_.find(id);
    if (it == forms_.end()) return {{"other", text(id, args)}};
    const auto& categories = plurals_->categories();
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < it->second.size(); ++i)
        out.emplace_back(i < categories.size() ? categories[i] : "other", fill(it->second[i], args));
    return out;
}

}  // namespace candour
