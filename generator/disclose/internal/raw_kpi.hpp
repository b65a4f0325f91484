#pragma once
// RAW figures as the analyst supplied them. Private to the disclose library
// (see guard.hpp): everything after disclosure works on kpi/published.hpp, so
// no page, chart or download can reach a raw value.
#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "disclose/internal/guard.hpp"
#include "io/csv_reader.hpp"
#include "kpi/catalogue.hpp"
#include "kpi/period.hpp"

namespace candour {

// Marks an analyst puts on a figure.
enum class Status { final, provisional, revised };

// The columns of a KPI table, in the order the docs list them.
enum class Column { indicator, period, breakdown, group, value, numerator, denominator, base, status, unit, note };
inline constexpr std::size_t column_count = 11;
const std::vector<std::string>& column_names();

struct RawObservation {
    std::string indicator;
    Period period = Period::quarter(2000, 1);
    std::string breakdown;  // "" for the overall figure
    std::string group;      // "" for the overall figure
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> base;  // cases a median or score is based on
    Status status = Status::final;
    std::string unit;  // as written in the optional unit column
    std::string note;

    std::uint32_t source = 0;  // index into RawKpi::files
    std::size_t offset = 0;    // byte offset of the row in that file
};

// One CSV file, kept whole so positions are worked out only when a message
// needs one.
struct KpiFile {
    std::string path;
    std::string text;
    std::array<int, column_count> column_of{};  // header index of each column, -1 if absent
    // Positions in `text`, indexed on first use (not thread-safe).
    const CsvText& csv() const {
        if (!csv_) csv_ = std::make_unique<CsvText>(path, text);
        return *csv_;
    }

private:
    mutable std::unique_ptr<CsvText> csv_;
};

struct RawKpi {
    Catalogue catalogue;
    std::vector<std::unique_ptr<KpiFile>> files;
    std::vector<RawObservation> observations;  // in file order
    bool present = false;                      // the site has KPI data at all

    SourcePos pos(const RawObservation& obs, Column column) const;
    SourcePos row_pos(const RawObservation& obs) const;
};

}  // namespace candour
