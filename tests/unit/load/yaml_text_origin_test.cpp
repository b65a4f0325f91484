#include "load/yaml_text_origin.hpp"

#include <catch2/catch.hpp>

#include "load/yaml_fields.hpp"

using namespace candour;

namespace {

struct Placed {
    std::string value;
    TextOrigin origin;
};

Placed place(const std::string& yaml, const char* key) {
    YamlSource src{"data/t.yaml", yaml, 0};
    Diagnostics diags;
    auto root = parse_yaml(src, yaml, diags);
    REQUIRE(root);
    std::string value = (*root)[key].as<std::string>();
    return {value, yaml_text_origin(src, (*root)[key], value)};
}

std::string at(const Placed& p, const std::string& part) {
    SourcePos pos = p.origin.at(p.value, p.value.find(part));
    return std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

}  // namespace

TEST_CASE("a character of a YAML value is placed at its own line and column in the file") {
    std::string yaml =
        "title: x\n"
        "plain: See £ [a](b.md) here\n"
        "quoted: 'It''s [c](d.md)'\n"
        "literal: |\n"
        "  First line.\n"
        "\n"
        "    - [e](f.md)\n"
        "folded: >\n"
        "  one\n"
        "  two [g](h.md)\n";
    CHECK(at(place(yaml, "plain"), "[a]") == "2:14");  // '£' is one column
    CHECK(at(place(yaml, "quoted"), "[c]") == "3:16");
    CHECK(at(place(yaml, "literal"), "First") == "5:3");
    CHECK(at(place(yaml, "literal"), "[e]") == "7:7");
    CHECK(at(place(yaml, "folded"), "[g]") == "10:7");
}

TEST_CASE("after an escape the loader changed, positions fall back to the field") {
    std::string yaml = "text: \"A \\u00e9 [x](y.md)\"\n";
    auto p = place(yaml, "text");
    CHECK(at(p, "A") == "1:8");
    CHECK(at(p, "[x]") == "1:7");  // the field's value
}
