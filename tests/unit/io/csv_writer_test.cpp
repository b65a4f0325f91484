// Downloads are opened in spreadsheets: no cell may run as a formula (OWASP
// CSV injection), and figures, negative ones included, stay numbers.
#include "io/csv_writer.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("cells that start like a formula get a leading apostrophe; figures do not") {
    CHECK(spreadsheet_safe("=HYPERLINK(\"http://example.com\")") == "'=HYPERLINK(\"http://example.com\")");
    for (const char* risky : {"+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx"}) {
        INFO(risky);
        CHECK(spreadsheet_safe(risky) == std::string("'") + risky);
        CHECK(spreadsheet_text(spreadsheet_safe(risky)) == risky);
    }
    CHECK(spreadsheet_safe("Revised after late records") == "Revised after late records");
    CHECK(spreadsheet_safe("'quoted") == "'quoted");
    CHECK(spreadsheet_text("'quoted") == "'quoted");  // only an apostrophe the writer added is taken off

    CsvWriter csv({"note", "value"}, {false, true});
    csv.add({"-2 since last year", "-2.5"});
    csv.add({"=1+1", "=1+1"});
    csv.add({"a, b", "[c]"});
    CHECK(csv.text() == "note,value\r\n'-2 since last year,-2.5\r\n'=1+1,'=1+1\r\n\"a, b\",[c]\r\n");
}
