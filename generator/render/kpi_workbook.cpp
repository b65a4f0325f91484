#include "render/kpi_workbook.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "kpi/download_row.hpp"
#include "render/statistics_workbook.hpp"

namespace candour {

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Column positions in a download row (kpi/download_row.cpp).
constexpr std::size_t indicator_column = 0, period_column = 2, note_column = 11;

std::vector<WorkbookColumn> workbook_columns() {
    std::vector<WorkbookColumn> out;
    for (const auto& c : download_column_defs()) {
        std::string_view name = c.name;
        double width = name == "indicator_title" || name == "note"                        ? 40
                       : name == "indicator" || name == "period_label" || name == "group" ? 24
                                                                                          : 13;
        out.push_back({c.title, c.numeric, width});
    }
    return out;
}

std::string table_title(const std::optional<Period>& release, const std::vector<std::string>& row) {
    if (release) return "Every published figure, " + release->label();
    return std::string(spreadsheet_text(row[1])) + ": every period and breakdown";
}

// The catalogue's definition and caveats of each indicator, then each note
// on a figure once.
std::vector<std::string> workbook_notes(const std::vector<const Indicator*>& indicators, const Rows& rows) {
    std::vector<std::string> notes;
    for (const auto* ind : indicators) {
        notes.push_back(ind->title + ": " + ind->definition);
        for (const auto& caveat : ind->caveats) notes.push_back(ind->title + ": " + caveat);
    }
    std::set<std::string> seen;
    for (const auto& row : rows) {
        std::string note(spreadsheet_text(row[note_column]));
        if (!note.empty() && seen.insert(note).second) notes.push_back(note);
    }
    return notes;
}

std::string next_release_text(const DownloadCover& about, const Period& period) {
    const auto* all = about.releases ? &about.releases->releases : nullptr;
    for (std::size_t i = 0; all && i + 1 < all->size(); ++i) {
        if ((*all)[i].period == period) {
            const auto& next = (*all)[i + 1];
            return fmt::format("{}: the figures for {}{}.", next.when_display(), next.period.label(),
                               next.provisional() ? " (provisional date)" : "");
        }
    }
    return "Not yet announced.";
}

void add_cover(StatisticsWorkbook& book, const Rows& rows, const std::optional<Period>& release,
               const std::vector<const Indicator*>& indicators, const DownloadCover& about) {
    const SiteConfig& site = *about.site;
    std::optional<Period> first, last;
    for (const auto& row : rows) {
        auto p = Period::parse(row[period_column]);
        if (!p) continue;
        if (!first || *p < *first) first = p;
        if (!last || *last < *p) last = p;
    }
    std::optional<Period> latest = release ? release : last;
    const AnnouncedRelease* announced = latest && about.releases ? about.releases->find(*latest) : nullptr;
    std::string covered = release           ? release->label()
                          : !first          ? "No figures yet"
                          : *first == *last ? first->label()
                                            : fmt::format("From {} ({}) to {} ({})", first->code(), first->label(),
                                                          last->code(), last->label());
    std::string source = site.organisation;
    for (const auto* ind : indicators) {
        if (!ind->source.empty() && source.find(ind->source) == std::string::npos) source += "; " + ind->source;
    }
    std::string contact = site.contact.email;
    if (!site.contact.phone.empty()) contact += (contact.empty() ? "Telephone " : ", telephone ") + site.contact.phone;

    book.cover.emplace_back("About these figures", site.description.empty() ? site.title : site.description);
    book.cover.emplace_back("Period covered", covered);
    book.cover.emplace_back("Source", source);
    book.cover.emplace_back("Release date",
                            announced ? announced->when_display() : "See the release calendar on the website.");
    book.cover.emplace_back("Next release", latest ? next_release_text(about, *latest) : "Not yet announced.");
    book.cover.emplace_back("Symbols used",
                            "[c] confidential: hidden to protect the people behind small numbers, with any figure "
                            "that would let one be worked out; [x] not available; [z] not applicable. In the "
                            "Status column, p marks a provisional figure and r a revised one.");
    if (!contact.empty()) book.cover.emplace_back("Contact", contact);
    book.cover.emplace_back("Website", site.base_url);
    if (announced) {
        book.created = announced->earliest();
    } else if (latest) {
        book.created = {latest->start_year(), latest->start_month(), 1};
    } else {
        book.created = {2000, 1, 1};
    }
}

}  // namespace

std::string release_download_title(const Period& release) {
    return "Published KPI figures for " + release.label();
}

// One table a workbook, as in the CSV: each table is a sheet and several
// files in the zip, which cost far more to write than rows do.
std::string kpi_workbook(const Rows& rows, const std::string& title, const std::optional<Period>& release,
                         const Catalogue& catalogue, const DownloadCover& about) {
    StatisticsWorkbook book;
    book.title = title;
    book.author = about.site->organisation;
    WorkbookTable table;
    table.columns = workbook_columns();
    std::vector<const Indicator*> indicators;
    for (const auto& row : rows) {
        if (row.size() < download_columns().size()) continue;
        const Indicator* ind = catalogue.indicator(std::string(spreadsheet_text(row[indicator_column])));
        if (ind && std::find(indicators.begin(), indicators.end(), ind) == indicators.end()) indicators.push_back(ind);
        if (table.rows.empty()) table.description = table_title(release, row);
        std::vector<std::string> cells;
        for (const auto& cell : row) cells.emplace_back(spreadsheet_text(cell));
        table.rows.push_back(std::move(cells));
    }
    if (table.rows.empty()) table.description = release ? "Every published figure, " + release->label() : title;
    table.title = "Table 1: " + table.description;
    book.tables.push_back(std::move(table));
    add_cover(book, rows, release, indicators, about);
    book.notes = workbook_notes(indicators, rows);
    return cached_workbook(book, KeyedFileCache(about.spreadsheet_cache, ".xlsx"));
}

std::optional<std::string> kpi_workbook_of_csv(std::string_view csv, const Period& release, const Catalogue& catalogue,
                                               const DownloadCover& about) {
    Rows rows;
    bool header = true, ours = true;
    Diagnostics ignored;
    CsvText("", csv).read(
        [&](CsvRecord& r) {
            if (header) {
                ours = r.fields == download_columns();
                header = false;
            } else if (ours) {
                rows.push_back(r.fields);
            }
        },
        ignored);
    if (header || !ours) return std::nullopt;
    return kpi_workbook(rows, release_download_title(release), release, catalogue, about);
}

}  // namespace candour
