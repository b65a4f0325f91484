#include "kpi/figure_text.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("figures as spreadsheets write them are read exactly") {
    CHECK(read_figure("0").value == 0.0);
    CHECK(read_figure("52").value == 52.0);
    CHECK(read_figure("1,234").value == 1234.0);
    CHECK(read_figure("1,234,567").value == 1234567.0);
    CHECK(read_figure("12.5").value == 12.5);
    CHECK(read_figure("1,234.75").value == 1234.75);
    CHECK(read_figure("-3").value == -3.0);
    CHECK(read_figure("9007199254740992").value == 9007199254740992.0);  // 2^53, the last exact one
}

TEST_CASE("text a computer would read as a number but a reader would not is refused, saying why") {
    for (const char* text : {"nan", "NaN", "inf", "-inf", "infinity", "0x10", "+5", "", "-", ".5", "5.", "1.2.3",
                             "1 234", "12%", "[c]", "١٢", "1,234.5,6"}) {
        INFO(text);
        FigureText f = read_figure(text);
        CHECK_FALSE(f.value);
        CHECK(f.problem == "is not a number");
    }
    for (const char* text : {"1e3", "1E3", "2.5e-3", "-1e3"}) {
        INFO(text);
        CHECK(read_figure(text).problem == "is written in exponent form");
    }
    for (const char* text : {"1,2,3", "12,34", ",123", "123,", "1,,234", "1234,567"}) {
        INFO(text);
        CHECK(read_figure(text).problem == "has its commas in the wrong places");
    }
    for (const std::string& text : {std::string("9007199254740993"), std::string("9007199254740992.5"),
                                    std::string("99999999999999999999999999"), "1" + std::string(400, '0')}) {
        INFO(text);
        CHECK(read_figure(text).problem == "is too large to be a figure");
    }
}
