#include "io/zip_archive.hpp"

#include <zlib.h>

#include <cstdint>

namespace candour {

namespace {

constexpr std::uint32_t end_of_directory_signature = 0x06054b50;
constexpr std::uint32_t directory_entry_signature = 0x02014b50;
constexpr std::uint32_t local_header_signature = 0x04034b50;
constexpr std::size_t largest_entry = std::size_t{256} << 20;

std::uint32_t le(std::string_view s, std::size_t at, int bytes) {
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

std::optional<std::string> inflate_raw(std::string_view data, std::size_t size) {
    if (size > largest_entry) return std::nullopt;
    if (size == 0) return std::string();
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = inflate(&z, Z_FINISH);
    bool whole = rc == Z_STREAM_END && z.total_out == size;
    inflateEnd(&z);
    if (!whole) return std::nullopt;
    return out;
}

// The end-of-central-directory record is in the last 64 KiB + 22 bytes.
std::optional<std::size_t> end_of_directory(std::string_view s) {
    if (s.size() < 22) return std::nullopt;
    std::size_t lowest = s.size() > 65557 ? s.size() - 65557 : 0;
    for (std::size_t at = s.size() - 22;; --at) {
        if (le(s, at, 4) == end_of_directory_signature) return at;
        if (at == lowest) return std::nullopt;
    }
}

}  // namespace

std::optional<std::vector<ZipEntry>> read_zip(std::string_view s, const std::function<bool(std::string_view)>& wanted) {
    auto end = end_of_directory(s);
    if (!end) return std::nullopt;
    std::size_t count = le(s, *end + 10, 2);
    std::size_t at = le(s, *end + 16, 4);
    std::vector<ZipEntry> entries;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + 46 > s.size() || le(s, at, 4) != directory_entry_signature) return std::nullopt;
        std::uint32_t flags = le(s, at + 8, 2), method = le(s, at + 10, 2);
        std::size_t packed = le(s, at + 20, 4), size = le(s, at + 24, 4);
        std::size_t name_len = le(s, at + 28, 2), extra_len = le(s, at + 30, 2), comment_len = le(s, at + 32, 2);
        std::size_t local = le(s, at + 42, 4);
        if ((flags & 1) || at + 46 + name_len > s.size()) return std::nullopt;  // encrypted
        ZipEntry e{std::string(s.substr(at + 46, name_len)), {}};
        at += 46 + name_len + extra_len + comment_len;
        if (local + 30 > s.size() || le(s, local, 4) != local_header_signature) return std::nullopt;
        std::size_t data = local + 30 + le(s, local + 26, 2) + le(s, local + 28, 2);
        if (data > s.size() || packed > s.size() - data) return std::nullopt;
        std::string_view body = s.substr(data, packed);
        if (wanted && !wanted(e.name)) continue;
        if (method == 0) {
            if (packed != size) return std::nullopt;
            e.bytes = std::string(body);
        } else if (method == 8) {
            auto inflated = inflate_raw(body, size);
            if (!inflated) return std::nullopt;
            e.bytes = std::move(*inflated);
        } else {
            return std::nullopt;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

}  // namespace candour
