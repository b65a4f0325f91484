#pragma once
// The write stage as a staging folder opened before render, so that each
// page can be written as soon as it is rendered and its bytes released,
// instead of every page being held until the end (10,000 pages are 76 MB of
// HTML). Nothing in it is live until `publish` swaps it in, after the
// privacy gate and the audit; a build that fails, or ends without
// publishing, leaves the published site exactly as it was (write.hpp).
#include <atomic>
#include <filesystem>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"
#include "write/folder_sync.hpp"
#include "write/staging.hpp"
#include "write/write.hpp"

namespace candour {

class SiteWriter {
public:
    // The staging folder beside `output_dir`, starting from `kept_site`
    // when there is one (write.hpp).
    SiteWriter(const std::string& output_dir, const std::string& kept_site = {});
    // Unless published: the staging folder is removed, or goes back to the
    // cache as the kept site.
    ~SiteWriter();
    SiteWriter(const SiteWriter&) = delete;
    SiteWriter& operator=(const SiteWriter&) = delete;

    // Before the first page: clears the way in the staging folder for each
    // of `pages` to be written on its own (no link, and no file or folder
    // in the way: folder_sync.hpp's clear_way_for). The
    // clearing is the kernel's work on thousands of folders, so it runs in
    // the background while the first pages are made; write_page, publish and
    // giving up wait for it.
    void expect_pages(const std::vector<std::string>& pages);
    // Writes one page into the staging folder unless it holds these bytes
    // already. Any thread; only after expect_pages, and only to one of its
    // paths. A page that cannot be written makes `publish` fail.
    void write_page(const OutputFile& page);
    // Every file of the site, streamed pages included (their bytes are in
    // the staging folder already): the rest written, the folder made to hold
    // exactly these files, `before_swap` run, and the folder swapped in.
    // False, with a diagnostic, when the site could not be published.
    bool publish(const std::vector<OutputFile>& files, Diagnostics& diags, const BeforeSwap& before_swap = {});

    int pages_written() const { return pages_written_; }

private:
    void give_up();
    void wait_for_clearing() const;
    bool fail(Diagnostics& diags, const std::string& what);

    std::filesystem::path out_;
    std::string output_dir_;
    std::string kept_site_;
    StagingFolder staging_;
    bool adopted_ = false;
    bool done_ = false;
    std::vector<std::string> expected_;  // sorted
    std::shared_future<void> clearing_;  // valid once expect_pages ran
    KeptEntries kept_;                   // what the clearing left in place
    std::mutex failed_mutex_;
    std::string failed_;  // the first page that could not be written
    std::atomic<int> pages_written_{0};
};

}  // namespace candour
