#pragma once
// All reading of the site's source goes through this seam, so loaders and
// their tests never need a real disk.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace candour {

// Something in the source that candour will not read, and why ("a link to
// /etc/passwd, outside the folder").
struct Refusal {
    std::string path;  // relative to the root, with '/'
    std::string reason;
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Paths are relative to the site folder and use '/'.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    virtual bool is_file(const std::string& path) const = 0;
    // Every regular file below `dir`, recursively, sorted, relative to the site folder.
    virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
    // What list_files and read leave out below `dir` (or `dir` itself, when it
    // is not a folder), sorted: so that it can be reported, not silently missed.
    virtual std::vector<Refusal> refusals(const std::string& dir) const {
        (void)dir;
        return {};
    }
};

// The real disk, rooted at one folder. Only regular files inside the root are
// read: a link is followed only when it leads to a file inside the root, so a
// link to /etc/passwd is never read, let alone published, and no path can
// climb out of the root. Pipes and devices are never opened, so nothing hangs.
class DiskFileSystem final : public FileSystem {
public:
    explicit DiskFileSystem(std::string root);
    std::optional<std::string> read(const std::string& path) const override;
    bool is_file(const std::string& path) const override;
    std::vector<std::string> list_files(const std::string& dir) const override;
    std::vector<Refusal> refusals(const std::string& dir) const override;
    const std::string& root() const { return root_; }

private:
    std::string root_;
    std::string real_root_;  // the root with every link resolved
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
