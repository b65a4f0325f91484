#include "io/csv_reader.hpp"

#include <catch2/catch.hpp>

#include "load/text_file.hpp"

using namespace candour;

namespace {

std::vector<CsvRecord> read_all(const CsvText& csv, Diagnostics& diags) {
    std::vector<CsvRecord> out;
    csv.read([&](CsvRecord& r) { out.push_back(r); }, diags);
    return out;
}

}  // namespace

TEST_CASE("quoted fields keep embedded commas, doubled quotes and newlines") {
    std::string text = "indicator,note\ncharges,\"Revised, see \"\"notes\"\"\nsecond line\"\nrate,plain\n";
    CsvText csv("data/kpi/a.csv", text);
    Diagnostics diags;
    auto rows = read_all(csv, diags);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields == std::vector<std::string>{"charges", "Revised, see \"notes\"\nsecond line"});
    CHECK(rows[2].fields == std::vector<std::string>{"rate", "plain"});
    // The record after a multi-line field starts on its own line.
    CHECK(csv.record_pos(rows[2]).line == 4);
    CHECK(csv.field_pos(rows[2], 1).col == 6);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a byte order mark, CRLF line endings and trailing blank lines are accepted") {
    MemoryFileSystem fs;
    fs.put("a.csv", "\xEF\xBB\xBFindicator,value\r\ncharges,52\r\n\r\n\r\n");
    Diagnostics diags;
    auto text = read_text_file(fs, "a.csv", diags);
    REQUIRE(text);
    CsvText csv("a.csv", *text);
    auto rows = read_all(csv, diags);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields[0] == "indicator");
    CHECK(rows[1].fields == std::vector<std::string>{"charges", "52"});
}

TEST_CASE("field positions point at the field, after quoted commas") {
    std::string text = "a,b,c\n\"x, y\",£5,last\n";
    CsvText csv("f.csv", text);
    Diagnostics diags;
    auto rows = read_all(csv, diags);
    REQUIRE(rows.size() == 2);
    auto pos = csv.field_pos(rows[1], 2);
    CHECK(pos.line == 2);
    CHECK(pos.col == 11);  // "x, y",£5, is 10 characters
}

TEST_CASE("an unterminated quote is a located error") {
    std::string text = "a,b\n1,\"never closed\n";
    CsvText csv("f.csv", text);
    Diagnostics diags;
    read_all(csv, diags);
    REQUIRE(diags.error_count() == 1);
    auto d = diags.sorted()[0];
    CHECK(d.pos.line == 2);
    CHECK(d.message.rfind("malformed CSV", 0) == 0);
}
