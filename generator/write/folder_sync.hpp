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

// What clear_way_for left in a folder: its regular files and folders
// (paths relative to the folder), each folder listed before what it holds.
struct KeptEntries {
    std::vector<std::string> files;
    std::vector<std::string> folders;
};

// Before `pages` are written into `dir` one by one: removes every link and
// special file, any file where a page's folder goes and any folder where a
// page goes, so that nothing on the way to a page is a link or a file.
// Everything else stays, listed in the result for finish_sync: most files
// (pages, stylesheets, downloads, charts) are the same in the next site,
// and a file kept is a file not created again.
KeptEntries clear_way_for(const std::filesystem::path& dir, const std::vector<std::string>& pages);

// After clear_way_for and the pages: removes each kept entry that is not
// one of `files` (or a folder on the way to one), then writes, as
// write_into does, every file whose bytes differ. `dir` then holds exactly
// `files`, as long as only pages were written since clear_way_for.
FolderSync finish_sync(const std::filesystem::path& dir, const KeptEntries& kept, const std::vector<OutputFile>& files,
                       int jobs = 0);

// Writes into `dir` each of `files` that is not streamed and whose bytes
// differ, removing nothing. `jobs`: threads (0: one per core).
FolderSync write_into(const std::filesystem::path& dir, const std::vector<OutputFile>& files, int jobs = 0);

// Writes `bytes` to `path` unless it already holds them. False if it could
// not be written; `written` says whether it was.
bool write_if_changed(const std::filesystem::path& path, std::string_view bytes, bool& written);

}  // namespace candour
