// Chromium's link target names inside a PDF depend on what it printed
// before; they are renumbered so two builds give the same bytes.
#include "pdf/pdf_names.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("a PDF's link target names are renumbered in order, at the same length") {
    std::string pdf =
        "<</Names [(node00000120) 5 0 R (node00001541) 6 0 R]>>\n<</Dest (node00001541)>>\n<</Dest (node00000120)>>\n"
        "(node12) (node0000012x)\n";
    std::size_t size = pdf.size();
    CHECK(renumber_pdf_node_names(pdf) == 2);
    CHECK(pdf.size() == size);
    CHECK(pdf ==
          "<</Names [(node00000001) 5 0 R (node00000002) 6 0 R]>>\n<</Dest (node00000002)>>\n<</Dest (node00000001)>>\n"
          "(node12) (node0000012x)\n");
}

TEST_CASE("two PDFs that differ only in Chromium's element numbers become the same") {
    std::string one = "(node00000113) (node00001533) (node00000113)";
    std::string two = "(node00000120) (node00001541) (node00000120)";
    renumber_pdf_node_names(one);
    renumber_pdf_node_names(two);
    CHECK(one == two);
}
