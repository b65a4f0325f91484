#include "serve/live_reload.hpp"

#include <catch2/catch.hpp>

using namespace candour;

TEST_CASE("the reload script is added just before the end of the body") {
    std::string page = "<!DOCTYPE html>\n<html>\n<body>\n<p>Hi</p>\n</body>\n</html>\n";
    CHECK(with_reload_script(page) ==
          "<!DOCTYPE html>\n<html>\n<body>\n<p>Hi</p>\n"
          "<script src=\"/__candour/reload.js\" defer></script>\n</body>\n</html>\n");
}

TEST_CASE("the last </body> counts, in any case, and a page without one still gets the script") {
    std::string page = "<body><pre>&lt;/body&gt; </body> in text</pre></BODY></html>";
    std::string served = with_reload_script(page);
    CHECK(served.find("<script src=\"/__candour/reload.js\" defer></script>\n</BODY>") != std::string::npos);
    CHECK(with_reload_script("<p>fragment</p>") ==
          "<p>fragment</p><script src=\"/__candour/reload.js\" defer></script>\n");
}

TEST_CASE("the overlay puts build problems on the page as text, never as HTML") {
    const std::string& script = reload_script();
    CHECK(script.find("textContent") != std::string::npos);
    CHECK(script.find("innerHTML") == std::string::npos);
    CHECK(script.find("insertAdjacentHTML") == std::string::npos);
    CHECK(script.find("document.write") == std::string::npos);
    // Accessible: announced as an alert dialog with a title, closed with Escape or a button.
    CHECK(script.find("'role', 'alertdialog'") != std::string::npos);
    CHECK(script.find("aria-labelledby") != std::string::npos);
    CHECK(script.find("'Escape'") != std::string::npos);
    CHECK(script.find("element('button'") != std::string::npos);
    CHECK(script.find("new EventSource(api + 'events')") != std::string::npos);
}

TEST_CASE("the page shown before the first good build loads the overlay from the same origin") {
    std::string page = waiting_page();
    CHECK(page.find("<script src=\"/__candour/reload.js\" defer></script>\n</body>") != std::string::npos);
    CHECK(page.find("script-src 'self'") != std::string::npos);
    CHECK(page.find("<script>") == std::string::npos);  // no inline script
    CHECK(page.find("The preview is not ready yet") != std::string::npos);
}
