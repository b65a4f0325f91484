#pragma once
// Figures as a reader finds them in the published site: which cell each is,
// and the number or symbol shown. This is the attacker's raw material, read
// back from the published downloads, never from the data behind them.
//
// A national site publishes millions of figures, so a figure is a few
// numbers: its cell's table (indicator, or "survey/<theme>"), period and
// series (breakdown and group) are ids into FigureNames, which holds each
// string once.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace candour {

enum class Measure : std::uint8_t { value, numerator, denominator };
const char* measure_name(Measure m);
Measure measure_of(std::string_view name);

struct CellId {
    std::uint32_t table = 0;   // fewer than 2^16
    std::uint32_t period = 0;  // fewer than 2^14
    std::uint32_t series = 0;  // FigureNames::overall for the overall figure; fewer than 2^24
    Measure measure = Measure::value;
    // Which edition shows it: FigureNames::current for the figures as they
    // are now, or a release still online (its figures as first published).
    std::uint8_t edition = 0;

    // One number naming the cell, for lookups.
    std::uint64_t code() const { return same_cell_code() | (static_cast<std::uint64_t>(edition) << 40); }
    // The same, whatever the edition: one cell as it is in every release.
    std::uint64_t same_cell_code() const {
        return (static_cast<std::uint64_t>(table) << 48) | (static_cast<std::uint64_t>(period) << 26) |
               (static_cast<std::uint64_t>(series) << 2) | static_cast<std::uint64_t>(measure);
    }
    bool operator==(const CellId&) const = default;
};

// A cell in words, for messages and reports.
struct FigureKey {
    std::string table;
    std::string period;  // a period code, or "all" (the ratings' cumulative row)
    std::string breakdown;
    std::string group;
    std::string measure = "value";
    std::string edition;  // "" for the figures as they are now, or the release ("2024-25 Q1")

    std::string id() const;        // one string naming the cell (and its edition, if not the current one)
    std::string cell_key() const;  // "charges|2024-25 Q1|sex|Male|value", whatever the edition
    std::string label() const;     // "charges 2024-25 Q1 sex=Male (numerator)", ", as released in 2024-25 Q1"
};

class FigureNames {
public:
    static constexpr std::uint32_t overall = 0;  // the series of an overall figure
    static constexpr std::uint8_t current = 0;   // the edition of the figures as they are now

    FigureNames();
    // Releases are named oldest first, so their ids are in the order they
    // were published (FigureNames::current, 0, comes after them all).
    std::uint8_t edition(std::string_view release);
    const std::string& edition_name(std::uint8_t id) const { return edition_names_[id]; }
    std::size_t editions() const { return edition_names_.size(); }
    // Editions in the order they were published: releases, then the current one.
    std::vector<std::uint8_t> editions_in_order() const;
    std::uint32_t table(std::string_view name) { return intern(tables_, table_names_, name); }
    std::uint32_t period(std::string_view code) { return intern(periods_, period_names_, code); }
    std::uint32_t series(std::string_view breakdown, std::string_view group);
    CellId cell(std::string_view table, std::string_view period, std::string_view breakdown, std::string_view group,
                Measure m);

    // Lookups that never add a name.
    std::optional<std::uint32_t> find_table(std::string_view name) const { return find(tables_, name); }
    std::optional<std::uint32_t> find_period(std::string_view code) const { return find(periods_, code); }
    std::optional<std::uint32_t> find_series(std::string_view breakdown, std::string_view group) const;

    const std::string& table_name(std::uint32_t id) const { return table_names_[id]; }
    const std::string& period_name(std::uint32_t id) const { return period_names_[id]; }
    const std::string& breakdown_of(std::uint32_t series) const { return series_names_[series].first; }
    const std::string& group_of(std::uint32_t series) const { return series_names_[series].second; }
    std::size_t tables() const { return table_names_.size(); }
    std::size_t periods() const { return period_names_.size(); }
    std::size_t series_count() const { return series_names_.size(); }

    FigureKey key(const CellId& cell) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Index = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;
    static std::uint32_t intern(Index& index, std::vector<std::string>& names, std::string_view s);
    static std::optional<std::uint32_t> find(const Index& index, std::string_view s);

    Index tables_, periods_, series_;
    std::vector<std::string> table_names_, period_names_;
    std::vector<std::pair<std::string, std::string>> series_names_;
    std::vector<std::string> edition_names_{""};
    std::string scratch_;  // breakdown '\x1f' group, while interning
};

struct Figure {
    CellId cell;
    std::optional<double> number;  // nothing when a symbol is shown
    char symbol = 0;               // 'c' ([c]), 'x' or 'z' when no number is shown
    std::uint8_t decimals = 0;     // digits after the decimal point as published
    bool revised = false;          // marked r: not the figure the previous release showed
    // Where it is published: the index of the download it was read from and
    // the byte offset of its cell (positions are worked out only when needed).
    std::uint32_t file = 0;
    std::uint64_t offset = 0;

    bool hidden() const { return !number && symbol == 'c'; }
};

// Every figure of a publication, with the names behind their cells.
struct PublishedFigures {
    FigureNames names;
    std::vector<Figure> figures;
};

}  // namespace candour
