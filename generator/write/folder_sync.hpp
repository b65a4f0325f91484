#pragma once
// Makes a folder hold exactly the files of a site, writing only what
// differs. A build writes into the previous site kept in the cache (see
// write.hpp) rather than into an empty folder: creating ten thousand files
// and folders just after deleting ten thousand others is the slowest thing a
// build did (ext4 searches its recently freed inodes for each new one), and
// most pages are the same from one build to the next.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "io/output_file.hpp"

namespace candour {

struct FolderSync {
    bool ok = true;
    std::string failed;  // the file that could not be written, when !ok
    int written = 0;     // files created or changed
    int unchanged = 0;   // files already holding the right bytes
    int removed = 0;     // files and folders that are not part of the site
};

// Removes from `dir` everything that is not one of `files` (or a folder on
// the way to one), including links and other special files, then writes
// each file whose bytes differ. A streamed file is already in `dir` and is
// only kept. Paths must already be checked as relative and free of "..".
// `dir` must exist. `jobs`: threads (0: one per core).
FolderSync sync_folder(const std::filesystem::path& dir, const std::vector<OutputFile>& files, int jobs = 0);

// Removes from `dir` everything that is not at one of `paths` (or a folder
// on the way to one), as sync_folder does, before those files are written
// one by one: afterwards nothing on the way to them is a link or a file.
int prune_folder(const std::filesystem::path& dir, const std::vector<std::string>& paths);

// Writes into `dir` each of `files` that is not streamed and whose bytes
// differ, removing nothing: for a folder prune_folder has just cleared.
// `jobs`: threads (0: one per core).
FolderSync write_into(const std::filesystem::path& dir, const std::vector<OutputFile>& files, int jobs = 0);

// Writes `bytes` to `path` unless it already holds them. False if it could
// not be written; `written` says whether it was.
bool write_if_changed(const std::filesystem::path& path, std::string_view bytes, bool& written);

}  // namespace candour
