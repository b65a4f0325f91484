// A statistics workbook read back with candour's own reader (openpyxl reads
// the sample site's in tests/integration/spreadsheets_test.cpp).
#include "render/statistics_workbook.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <iterator>

#include "audit/spreadsheet_agreement.hpp"
#include "io/write_file.hpp"
#include "io/xlsx_reader.hpp"
#include "io/zip_archive.hpp"
#include "support/site_fixture.hpp"

using namespace candour;

namespace {

StatisticsWorkbook small_book() {
    StatisticsWorkbook b;
    b.title = "Published KPI figures for July to September 2024";
    b.author = "Office of the Police and Crime Commissioner for Northmoor";
    b.created = {2024, 11, 14};
    b.cover = {{"Period covered", "July to September 2024"}, {"Contact", "rasso@example.org"}};
    b.notes = {"Charges: counted in the quarter of the charge."};
    WorkbookTable t;
    t.title = "Table 1: Charges & more, July to September 2024";
    t.description = "Charges";
    t.columns = {{"Group", false, 20}, {"Value", true, 10}};
    t.rows = {{"Female", "48"}, {"Male", "[c]"}, {"Rate", "14.5"}, {"<none>", ""}};
    b.tables.push_back(t);
    return b;
}

}  // namespace

TEST_CASE("a workbook has cover, contents and notes sheets, then one sheet a table") {
    auto sheets = read_xlsx(write_workbook(small_book()));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 4);
    CHECK((*sheets)[0].name == "Cover");
    CHECK((*sheets)[1].name == "Contents");
    CHECK((*sheets)[2].name == "Notes");
    CHECK((*sheets)[3].name == "Table_1");
    CHECK((*sheets)[0].rows[0][0] == "Published KPI figures for July to September 2024");
    CHECK((*sheets)[1].rows[3] == std::vector<std::string>{"Table_1", "Charges"});
    CHECK((*sheets)[2].rows[3] ==
          std::vector<std::string>{"[note 1]", "Charges: counted in the quarter of the charge."});
    const auto& table = (*sheets)[3].rows;
    CHECK(table[0][0] == "Table 1: Charges & more, July to September 2024");
    CHECK(table[3] == std::vector<std::string>{"Group", "Value"});
    CHECK(table[4] == std::vector<std::string>{"Female", "48"});  // a number cell (no t="s")
    CHECK(table[5] == std::vector<std::string>{"Male", "[c]"});
    CHECK(table[6] == std::vector<std::string>{"Rate", "14.5"});
    CHECK(table[7][0] == "<none>");
}

TEST_CASE("figures are stored as numbers and symbols as text") {
    auto entries = read_zip(write_workbook(small_book()));
    REQUIRE(entries);
    std::string sheet;
    for (const auto& e : *entries) {
        if (e.name == "xl/worksheets/sheet4.xml") sheet = e.bytes;
    }
    CHECK(sheet.find("<c r=\"B5\" s=\"") != std::string::npos);
    CHECK(sheet.find("<v>48</v>") != std::string::npos);
    CHECK(sheet.find("<v>14.5</v>") != std::string::npos);
    std::string tables;
    for (const auto& e : *entries) {
        if (e.name.rfind("xl/tables/", 0) == 0) tables += e.bytes;
    }
    // Each of the contents, notes and data sheets holds an Excel table.
    CHECK(tables.find("name=\"contents_table\"") != std::string::npos);
    CHECK(tables.find("name=\"notes_table\"") != std::string::npos);
    CHECK(tables.find("name=\"table_1\" displayName=\"table_1\" ref=\"A4:B8\"") != std::string::npos);
}

TEST_CASE("the same workbook twice is the same bytes") {
    CHECK(write_workbook(small_book()) == write_workbook(small_book()));
}

TEST_CASE("a workbook made before comes from the cache, and any changed cell makes it again") {
    candour::testing::TempDir dir;
    KeyedFileCache cache(dir / "spreadsheets", ".xlsx");
    std::string made = cached_workbook(small_book(), cache);
    CHECK(made == write_workbook(small_book()));
    auto kept = std::filesystem::directory_iterator(dir / "spreadsheets")->path();
    CHECK(kept.extension() == ".xlsx");
    // The second build reads what the first kept: proven by changing it.
    write_file(kept, "kept bytes");
    CHECK(cached_workbook(small_book(), cache) == "kept bytes");
    StatisticsWorkbook changed = small_book();
    changed.tables[0].rows[0][1] = "49";
    CHECK(cached_workbook(changed, cache) == write_workbook(changed));
    StatisticsWorkbook moved = small_book();  // the same text, split between two cells differently
    moved.tables[0].rows[0] = {"Female4", "8"};
    CHECK(cached_workbook(moved, cache) == write_workbook(moved));
    CHECK(std::distance(std::filesystem::directory_iterator(dir / "spreadsheets"),
                        std::filesystem::directory_iterator()) == 3);
}

TEST_CASE("the privacy gate's text of a workbook has every cell on its own line") {
    auto text = xlsx_text(write_workbook(small_book()));
    REQUIRE(text);
    CHECK(text->find("\nrasso@example.org\n") != std::string::npos);
    CHECK(text->find("\nTable 1: Charges & more, July to September 2024\n") != std::string::npos);
    CHECK(text->find("\n48\n") != std::string::npos);
    CHECK(text->find("Gothic") == std::string::npos);  // the library's theme is not the site's words
}

TEST_CASE("a zip that is cut short or is not a zip reads as nothing") {
    std::string book = write_workbook(small_book());
    CHECK_FALSE(read_zip(book.substr(0, book.size() / 2)));
    CHECK_FALSE(read_zip("indicator,period\n"));
    CHECK_FALSE(read_xlsx(""));
}

TEST_CASE("a spreadsheet that disagrees with its CSV is reported") {
    StatisticsWorkbook b = small_book();
    b.tables[0].columns.clear();
    for (const char* title : {"Indicator", "Indicator title", "Period", "Period label", "Breakdown", "Group", "Value",
                              "Numerator", "Denominator", "Unit", "Status", "Note"}) {
        b.tables[0].columns.push_back({title, std::string_view(title) == "Value", 10});
    }
    b.tables[0].rows = {
        {"charges", "Charges", "2024-25 Q2", "July to September 2024", "sex", "Male", "4", "", "", "count", "", ""}};
    std::string csv =
        "indicator,indicator_title,period,period_label,breakdown,group,value,numerator,denominator,unit,status,note\r\n"
        "charges,Charges,2024-25 Q2,July to September 2024,sex,Male,[c],,,count,,\r\n";
    std::vector<OutputFile> files = {{"data/kpi.csv", csv}, {"data/kpi.xlsx", write_workbook(b)}};
    auto problems = spreadsheet_disagreements(files);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "data/kpi.xlsx: charges 2024-25 Q2 sex Male, Value: '4' where data/kpi.csv has '[c]'");

    b.tables[0].rows[0][6] = "[c]";
    files[1].bytes = write_workbook(b);
    CHECK(spreadsheet_disagreements(files).empty());
}
