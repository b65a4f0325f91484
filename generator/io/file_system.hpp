#pragma once
// All reading of the site's source goes through this seam, so loaders and
// their tests never need a real disk.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace candour {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Paths are relative to the site folder and use '/'.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool is_file(const std::string& path) const = 0;
    // Every regular file below `dir`, recursively, sorted, relative to the site folder.
    virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
};

// The real disk, rooted at one folder.
class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;
    const std::string& root() const { return root_; }

private:
    std::string root_;
};

// Files held in memory, for tests.
class MemoryFileSystem final : public FileSystem {
public:
    MemoryFileSystem() = default;
    explicit MemoryFileSystem(std::map<std::string, std::string> files) : files_(std::move(files)) {}
    void put(const std::string& path, std::string content) { files_[path] = std::move(content); }
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;

private:
    std::map<std::string, std::string> files_;
};

}  // namespace candour
