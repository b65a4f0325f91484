#include "diagnostics/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace candour {

void Diagnostics::error(SourcePos pos, std::string message, std::string hint) {
    add({std::move(pos), Severity::error, std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string hint) {
    add({std::move(pos), Severity::warning, std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic d) {
    std::lock_guard lock(mutex_);
    if (d.severity == Severity::error) ++errors_;
    items_.push_back(std::move(d));
}

void Diagnostics::merge(const Diagnostics& other) {
    auto copy = other.sorted();
    std::lock_guard lock(mutex_);
    for (const auto& d : copy) errors_ += d.severity == Severity::error ? 1 : 0;
    items_.insert(items_.end(), copy.begin(), copy.end());
}

bool Diagnostics::has_errors() const {
    return error_count() > 0;
}

int Diagnostics::error_count() const {
    std::lock_guard lock(mutex_);
    return errors_;
}

int Diagnostics::warning_count() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(items_.size()) - errors_;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> copy;
    {
        std::lock_guard lock(mutex_);
        copy = items_;
    }
    std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.pos.file, a.pos.line, a.pos.col, a.message) <
               std::tie(b.pos.file, b.pos.line, b.pos.col, b.message);
    });
    copy.erase(std::unique(copy.begin(), copy.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                               return a.pos.file == b.pos.file && a.pos.line == b.pos.line && a.pos.col == b.pos.col &&
                                      a.message == b.message;
                           }),
               copy.end());
    return copy;
}

std::string format_diagnostic(const Diagnostic& d) {
    const char* level = d.severity == Severity::error ? "error" : "warning";
    std::string out = fmt::format("{}:{}:{}: {}: {}", d.pos.file, d.pos.line, d.pos.col, level, d.message);
    if (!d.hint.empty()) out += fmt::format("\n  hint: {}", d.hint);
    return out;
}

}  // namespace candour
