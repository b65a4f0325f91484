#pragma once
// The write stage as a staging folder opened before render, so that each
// page can be written as soon as it is rendered and its bytes released,
// instead of every page being held until the end (10,000 pages are 76 MB of
// HTML). Nothing in it is live until `publish` swaps it in, after the
// privacy gate and the audit; a build that fails, or ends without
// publishing, leaves the published site exactly as it was (write.hpp).
#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "io/output_file.hpp"
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

    // Before the first page: clears the staging folder of everything that is
    // not one of `pages` or a folder on the way to one (links and files in
    // the way included), so each page can then be written on its own.
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
    bool holds_only_pages_of(const std::vector<OutputFile>& files) const;
    bool fail(Diagnostics& diags, const std::string& what);

    std::filesystem::path out_;
    std::string output_dir_;
    std::string kept_site_;
    StagingFolder staging_;
    bool adopted_ = false;
    bool done_ = false;
    bool cleared_ = false;               // expect_pages ran
    std::vector<std::string> expected_;  // sorted
    std::mutex failed_mutex_;
    std::string failed_;  // the first page that could not be written
    std::atomic<int> pages_written_{0};
};

}  // namespace candour
