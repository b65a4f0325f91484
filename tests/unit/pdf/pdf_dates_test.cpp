// The dates Chromium stamps in a PDF are set to the report's own date, in
// place, so two builds give the same bytes and the PDF stays readable.
#include "pdf/pdf_dates.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("a PDF's creation and modification dates become the report's date, at the same length") {
    std::string pdf =
        "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261130082557+01'00')\n"
        "/ModDate (D:20261130082557+01'00')>>\nendobj\nxref\n";
    std::size_t size = pdf.size();
    CHECK(fix_pdf_dates(pdf, "2024-11-14") == 2);
    CHECK(pdf.size() == size);  // the cross-reference offsets stay right
    CHECK(pdf.find("/CreationDate (D:20241114000000+00'00')") != std::string::npos);
    CHECK(pdf.find("/ModDate (D:20241114000000+00'00')") != std::string::npos);
}

TEST_CASE("a PDF without dates, or a malformed one, is left as it is") {
    std::string pdf = "1 0 obj\n<</CreationDate (yesterday)>>\nendobj\n";
    std::string before = pdf;
    CHECK(fix_pdf_dates(pdf, "2024-11-14") == 0);
    CHECK(pdf == before);
}
