#include "messages/po_file.hpp"

#include <fmt/format.h>
#include <gettext-po.h>
#include <sys/mman.h>
#include <unistd.h>

#include <memory>

namespace candour {

namespace {

// libgettextpo reports through plain function pointers, so the current
// read's place to report goes through a thread-local.
struct ReadContext {
    const std::string* display_path;
    Diagnostics* diags;
    bool failed = false;
};
thread_local ReadContext* current = nullptr;

void report(int severity, const char* filename, std::size_t line, std::size_t column, const char* text) {
    if (!current) return;
    (void)filename;  // the memory file's name: ours is the one to show
    SourcePos pos{*current->display_path, 1, 1};
    if (line != static_cast<std::size_t>(-1)) {
        pos.line = static_cast<int>(line);
        if (column != static_cast<std::size_t>(-1)) pos.col = static_cast<int>(column) + 1;
    }
    std::string message = text ? text : "unreadable entry";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    if (severity == PO_SEVERITY_WARNING) {
        current->diags->warning(pos, "message catalogue: " + message, "see docs/templates.md, \"Messages\"");
        return;
    }
    current->failed = true;
    current->diags->error(pos, "message catalogue: " + message,
                          "a PO entry is msgid \"id\" then msgstr \"text\", each string in double quotes "
                          "(docs/templates.md, \"Messages\")");
}

void on_error(int severity, po_message_t, const char* filename, std::size_t line, std::size_t column, int,
              const char* text) {
    report(severity, filename, line, column, text);
}

void on_error2(int severity, po_message_t, const char* filename1, std::size_t line1, std::size_t column1, int,
               const char* text1, po_message_t, const char*, std::size_t, std::size_t, int, const char* text2) {
    std::string both = std::string(text1 ? text1 : "") + " " + (text2 ? text2 : "");
    report(severity, filename1, line1, column1, both.c_str());
}

const po_xerror_handler handler{on_error, on_error2};

// The line an entry starts on: libgettextpo keeps no position for entries
// that read well, so find `msgid "<id>"` in the text, after the previous one.
int line_of(const std::string& text, const std::string& id, std::size_t& from) {
    std::string needle = "msgid \"" + id + "\"";
    std::size_t at = text.find(needle, from);
    if (at == std::string::npos) return 1;
    from = at + needle.size();
    int line = 1;
    for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n';
    return line;
}

struct FileCloser {
    void operator()(po_file_t f) const { po_file_free(f); }
};

}  // namespace

PoFile read_po(const std::string& text, const std::string& display_path, Diagnostics& diags) {
    PoFile out;
    // libgettextpo reads only named files; a memory file gives it one
    // without writing the catalogue anywhere.
    int fd = memfd_create("candour-po", MFD_CLOEXEC);
    if (fd < 0) {
        diags.error({display_path, 1, 1}, "message catalogue: could not be read (no memory file)",
                    "check the machine has memory free, then build again");
        return out;
    }
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    ReadContext context{&display_path, &diags};
    current = &context;
    std::string name = fmt::format("/proc/self/fd/{}", fd);
    std::unique_ptr<std::remove_pointer_t<po_file_t>, FileCloser> file(po_file_read(name.c_str(), &handler));
    current = nullptr;
    ::close(fd);
    if (!file || context.failed) return out;

    if (const char* header = po_file_domain_header(file.get(), nullptr)) {
        if (char* lang = po_header_field(header, "Language")) {
            out.language = lang;
            free(lang);
        }
    }
    po_message_iterator_t it = po_message_iterator(file.get(), nullptr);
    std::size_t search_from = 0;
    while (po_message_t m = po_next_message(it)) {
        if (po_message_is_obsolete(m)) continue;
        std::string id = po_message_msgid(m);
        if (id.empty()) continue;  // the header
        PoEntry e;
        e.id = id;
        e.fuzzy = po_message_is_fuzzy(m) != 0;
        e.plural = po_message_msgid_plural(m) != nullptr;
        if (e.plural) {
            for (int i = 0; const char* form = po_message_msgstr_plural(m, i); ++i) e.forms.emplace_back(form);
        } else {
            e.forms.emplace_back(po_message_msgstr(m));
        }
        e.pos = {display_path, line_of(text, id, search_from), 1};
        out.entries.push_back(std::move(e));
    }
    po_message_iterator_free(it);
    return out;
}

}  // namespace candour
