#include "io/program_id.hpp"

#include <elf.h>
#include <fmt/format.h>
#include <link.h>

#include <filesystem>

namespace candour {

namespace {

// The main program is the first object dl_iterate_phdr reports.
int read_build_id(dl_phdr_info* info, size_t, void* data) {
    auto* out = static_cast<std::string*>(data);
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = info->dlpi_phdr[i];
        if (segment.p_type != PT_NOTE) continue;
        const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
        const char* end = at + segment.p_memsz;
        while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const char* name = at + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::string_view(name, 3) == "GNU") {
                for (unsigned j = 0; j < note->n_descsz; ++j)
                    *out += fmt::format("{:02x}", static_cast<unsigned char>(desc[j]));
                return 1;
            }
            at = desc + ((note->n_descsz + 3) & ~3u);
        }
    }
    return 1;  // only the main program
}

std::string find_program_id() {
    std::string id;
    dl_iterate_phdr(read_build_id, &id);
    if (!id.empty()) return id;
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    auto size = std::filesystem::file_size(exe, ec);
    auto time = std::filesystem::last_write_time(exe, ec).time_since_epoch().count();
    return fmt::format("{}-{}-{}", exe.string(), size, time);
}

}  // namespace

const std::string& program_id() {
    static const std::string id = find_program_id();
    return id;
}

}  // namespace candour
