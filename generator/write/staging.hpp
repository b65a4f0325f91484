#pragma once
// The folder a build writes its site into before swapping it with the
// output: ".site.new-PID" beside "site". A build that is killed leaves its
// folder behind; the next build removes those of builds that are gone.
#include <filesystem>
#include <string>

namespace candour {

// A fresh staging folder for `output`, locked (flock) for as long as this
// object lives, so that another build never takes it for an abandoned one.
class StagingFolder {
public:
    explicit StagingFolder(const std::filesystem::path& output);
    ~StagingFolder();
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    // Puts `folder` (a site kept from an earlier build, on the same file
    // system) in place of the fresh, empty staging folder, and locks it.
    // False, leaving the empty folder, if it cannot be moved.
    bool adopt(const std::filesystem::path& folder);
    // False, with `error` set, if the folder could not be made.
    bool ok() const { return fd_ >= 0; }
    const std::filesystem::path& path() const { return path_; }
    const std::string& error() const { return error_; }

private:
    bool lock();
    std::filesystem::path path_;
    int fd_ = -1;
    std::string error_;
};

// Removes the staging folders beside `output` left by builds that were
// killed: those whose process is gone and whose lock nobody holds. Returns
// how many were removed.
int remove_abandoned_staging(const std::filesystem::path& output);

}  // namespace candour
