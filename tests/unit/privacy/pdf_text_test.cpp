// What the privacy gate reads from a PDF: its words, which are only glyph
// numbers in compressed streams until the font's ToUnicode map is applied,
// and its strings (title, bookmarks, alternative text), as a reader or a
// screen reader gets them.
#include <zlib.h>

#include <catch2/catch.hpp>

#include "privacy/published_text.hpp"

using namespace candour;

namespace {

std::string deflated(const std::string& s) {
    uLongf size = compressBound(s.size());
    std::string out(size, '\0');
    compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(s.data()), s.size());
    out.resize(size);
    return out;
}

std::string stream_object(int number, const std::string& content) {
    std::string data = deflated(content);
    return std::to_string(number) + " 0 obj\n<</Filter /FlateDecode\n/Length " + std::to_string(data.size()) +
           ">> stream\n" + data + "\nendstream\nendobj\n";
}

// A PDF laid out as Chromium (Skia) writes one: a Type0 font whose glyph
// numbers map to characters through a ToUnicode CMap, and a page whose
// content shows them one glyph at a time.
std::string chromium_like_pdf(const std::string& content) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
        "endcodespacerange\n2 beginbfchar\n<0003> <0020>\n<0100> <0043>\nendbfchar\n"
        "1 beginbfrange\n<0013> <001C> <0030>\nendbfrange\nendcmap\nend\nend\n";
    return "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"
           "1 0 obj\n<</Title <FEFF005100320020007200650070006F00720074>\n/Producer (Skia/PDF m156)>>\nendobj\n"
           "2 0 obj\n<</Type /Page\n/Resources <</Font <</F4 3 0 R>>>>\n/Contents 5 0 R>>\nendobj\n"
           "3 0 obj\n<</Type /Font\n/Subtype /Type0\n/BaseFont /AAAAAA+DejaVuSans\n/ToUnicode 4 0 R>>\nendobj\n" +
           stream_object(4, cmap) + stream_object(5, content) +
           "6 0 obj\n<</Type /StructElem\n/S /Figure\n/Alt (Call 07700 900123 \\(mobile\\))>>\nendobj\n"
           "trailer\n<</Root 2 0 R>>\n%%EOF\n";
}

std::string read_pdf_file(const std::string& bytes) {
    return read_published({"reports/q2/report-q2.pdf", bytes}).text;
}

}  // namespace

TEST_CASE("a PDF's words are read through its font's ToUnicode map, not as compressed bytes") {
    // "C 0770 09" as glyph numbers, one per show, as Chromium writes them.
    std::string content =
        "BT\n/F4 12 Tf\n1 0 0 -1 0 20 Tm\n<0100> Tj\n5 0 Td <0003> Tj\n5 0 Td <0013001A> Tj\n"
        "[<001A> -3 <0013>] TJ\n<0003> Tj\n<0013001C> Tj\nET\n";
    std::string bytes = chromium_like_pdf(content);
    REQUIRE(bytes.find("0770 09") == std::string::npos);  // nothing to see in the raw bytes
    std::string text = read_pdf_file(bytes);
    CHECK(text.find("c 0770 09\n") != std::string::npos);
}

TEST_CASE("a PDF's strings are read: UTF-16 title, alternative text of a chart, with escapes") {
    std::string text = read_pdf_file(chromium_like_pdf("BT ET"));
    CHECK(text.find("q2 report\n") != std::string::npos);
    CHECK(text.find("call 07700 900123 (mobile)") != std::string::npos);
    CHECK(text.find("skia/pdf m156") != std::string::npos);
}

TEST_CASE("a file named .pdf that is not one is read like any other file") {
    CHECK(read_pdf_file("Call 07700 900123") == "call 07700 900123\nreports\nq2\nreport-q2.pdf");
}
