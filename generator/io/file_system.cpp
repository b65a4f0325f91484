#include "io/file_system.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace candour {

DiskFileSystem::DiskFileSystem(std::string root) : root_(std::move(root)) {}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    std::ifstream in(fs::path(root_) / path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool DiskFileSystem::is_file(const std::string& path) const {
    std::error_code ec;
    return fs::is_regular_file(fs::path(root_) / path, ec);
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
    std::vector<std::string> out;
    std::error_code ec;
    fs::path base = fs::path(root_) / dir;
    if (!fs::is_directory(base, ec)) return out;
    for (auto it = fs::recursive_directory_iterator(base, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        out.push_back(fs::relative(it->path(), root_).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
    std::vector<std::string> out;
    std::string prefix = dir.empty() ? "" : dir + "/";
    for (const auto& [path, _] : files_) {
        if (path.rfind(prefix, 0) == 0) out.push_back(path);
    }
    return out;  // std::map keeps them sorted
}

}  // namespace candour
