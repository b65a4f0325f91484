// Benchmark (not a test): edit-to-reload latency of `candour serve` on the
// sample site (the repository's own site.yaml, content/, data/ and
// templates/), copied to a temporary folder so the repository is never edited.
// Every wait has a time limit: if the site stops building, it says why and
// exits 1 instead of waiting for ever.
//   build/tests/bench_serve [edits=20]
// For each edit it times, from just before the file is written:
// - the open page's event stream receiving the new build (the reload signal), and
// - the new text being served (what the reloaded page shows).
// It also times rebuilds after a one-paragraph edit with and without the cache.
#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "serve/preview_build.hpp"
#include "serve/preview_session.hpp"
#include "support/site_fixture.hpp"
#include "support/test_environment.hpp"

using namespace candour;
using namespace candour::testing;
using Clock = std::chrono::steady_clock;

namespace {

const std::string edited_file = "content/reports/2024-25-q2.md";
const std::string edited_url = "/rasso/reports/2024-25-q2/";
const std::string paragraph = "One figure from April to June 2024 has been revised";

// Longer than any build of the sample site, charts drawn cold included.
constexpr auto wait_limit = std::chrono::seconds(60);

[[noreturn]] void give_up(const std::string& what, const std::string& log) {
    throw std::runtime_error(what + "\n" + log);
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void copy_sample_site(const std::string& to) {
    namespace fs = std::filesystem;
    for (const char* name : {"site.yaml", "content", "data", "templates", "static"}) {
        fs::copy(fs::path(CANDOUR_SOURCE_DIR) / name, fs::path(to) / name, fs::copy_options::recursive);
    }
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The sample report with its one paragraph changed to carry `marker`.
std::string edited(const std::string& original, const std::string& marker) {
    std::string text = original;
    auto at = text.find(paragraph);
    if (at == std::string::npos) throw std::runtime_error("the sample report no longer has the edited paragraph");
    text.insert(at, marker + " ");
    return text;
}

struct Summary {
    double median = 0;
    double max = 0;
};

Summary summarise(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::size_t n = v.size();
    double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.back()};
}

// Counts the "data:" events of /__candour/events, as an open page's
// EventSource receives them, noting when the last one arrived.
class EventCounter {
public:
    explicit EventCounter(int port) {
        reader_ = std::thread([this, port] {
            httplib::Client client("127.0.0.1", port);
            client.Get("/__candour/events", [this](const char* data, std::size_t size) {
                std::string_view chunk(data, size);
                std::lock_guard lock(mutex_);
                for (auto at = chunk.find("data: "); at != std::string_view::npos; at = chunk.find("data: ", at + 1)) {
                    ++count_;
                    last_ = Clock::now();
                }
                changed_.notify_all();
                return !stopping_;  // until the preview stops, or the next heartbeat after this one goes
            });
        });
    }
    ~EventCounter() {
        stopping_ = true;
        reader_.join();
    }
    int count() {
        std::lock_guard lock(mutex_);
        return count_;
    }
    // When event number `n` (counting from 1) arrived; nothing after `wait_limit`.
    std::optional<Clock::time_point> wait_for(int n) {
        std::unique_lock lock(mutex_);
        if (!changed_.wait_for(lock, wait_limit, [&] { return count_ >= n; })) return std::nullopt;
        return last_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int count_ = 0;
    Clock::time_point last_;
    std::atomic<bool> stopping_{false};
    std::thread reader_;
};

void time_edits(const std::string& site, int edits) {
    std::ostringstream log;
    ServeOptions options;
    options.source_dir = site;
    options.port = 0;
    PreviewSession session(options, log, log);
    if (!session.start()) give_up("the preview did not start:", log.str());
    if (!session.state().site()) give_up("the sample site did not build:", log.str());
    httplib::Client client("127.0.0.1", session.port());
    const std::string path = site + "/" + edited_file;
    const std::string original = read(path);

    std::vector<double> signalled, served;
    {
        EventCounter events(session.port());
        if (!events.wait_for(1)) give_up("the event stream sent nothing", log.str());  // the page's first status
        for (int i = 0; i < edits; ++i) {
            std::string marker = fmt::format("Benchmark edit {}.", i);
            int seen = events.count();
            auto start = Clock::now();
            std::ofstream(path, std::ios::binary) << edited(original, marker);
            for (;;) {
                auto res = client.Get(edited_url);
                if (res && res->body.find(marker) != std::string::npos) break;
                if (Clock::now() - start > wait_limit) give_up("the edited page was never served:", log.str());
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            }
            served.push_back(ms_since(start));
            auto signal = events.wait_for(seen + 1);
            if (!signal) give_up("no reload event after the edit:", log.str());
            signalled.push_back(std::chrono::duration<double, std::milli>(*signal - start).count());
            std::this_thread::sleep_for(std::chrono::milliseconds(100));  // separate bursts
        }
        session.stop();  // ends the event stream
    }
    Summary s = summarise(signalled), p = summarise(served);
    std::cout << fmt::format("edit to reload, sample site, {} edits, {} ms debounce:\n", edits,
                             options.debounce.count());
    std::cout << fmt::format("  reload event sent  : median {:6.1f} ms, max {:6.1f} ms\n", s.median, s.max);
    std::cout << fmt::format("  new page served    : median {:6.1f} ms, max {:6.1f} ms\n", p.median, p.max);
}

void time_rebuilds(const std::string& site, int runs, int jobs) {
    BuildOptions options;
    options.source_dir = site;
    options.jobs = jobs;
    const std::string path = site + "/" + edited_file;
    const std::string original = read(path);
    std::vector<double> cold, warm;
    BuildCache cache;
    build_preview(options, cache);
    cache.take_stats();
    for (int i = 0; i < runs; ++i) {
        std::ofstream(path, std::ios::binary) << edited(original, fmt::format("Rebuild {}.", i));
        BuildCache empty;
        auto start = Clock::now();
        build_preview(options, empty);
        cold.push_back(ms_since(start));
        start = Clock::now();
        build_preview(options, cache);
        warm.push_back(ms_since(start));
    }
    CacheStats stats = cache.take_stats();
    Summary c = summarise(cold), w = summarise(warm);
    std::cout << fmt::format("rebuild after a one-paragraph edit, {} runs, {}:\n", runs,
                             jobs == 1 ? "1 thread" : "one thread per core");
    std::cout << fmt::format("  without cache      : median {:6.2f} ms, max {:6.2f} ms\n", c.median, c.max);
    std::cout << fmt::format("  with cache         : median {:6.2f} ms, max {:6.2f} ms\n", w.median, w.max);
    std::cout << fmt::format("  cache: {} of {} content files and {} of {} pages reused per rebuild\n",
                             stats.content_hits / runs, (stats.content_hits + stats.content_misses) / runs,
                             stats.page_hits / runs, (stats.page_hits + stats.page_misses) / runs);
}

}  // namespace

int main(int argc, char** argv) {
    candour::testing::TestEnvironment environment;
    int edits = argc > 1 ? std::atoi(argv[1]) : 20;
    TempDir dir;
    copy_sample_site(dir.path());
    std::cout << "bench_serve: building the sample site (the first build draws every chart)" << std::endl;
    try {
        time_edits(dir.path(), edits);
        time_rebuilds(dir.path(), 50, 0);
        time_rebuilds(dir.path(), 50, 1);
    } catch (const std::exception& e) {
        std::cerr << "bench_serve: " << e.what() << "\n";
        return 1;
    }
}
