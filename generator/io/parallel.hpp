#pragma once
// Runs fn(index, worker) for every index in [0, count) on a few threads. Work
// is handed out by index and results are stored by index, so output never
// depends on scheduling.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace candour {

inline int worker_count(int jobs, std::size_t count) {
    int n = jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(n), std::max<std::size_t>(count, 1)));
}

template <typename Fn>
void parallel_for(std::size_t count, int workers, Fn fn) {
    std::atomic<std::size_t> next{0};
    auto run = [&](int worker) {
        for (std::size_t i = next++; i < count; i = next++) fn(i, worker);
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w) threads.emplace_back(run, w);
    run(0);
    for (auto& t : threads) t.join();
}

}  // namespace candour
