#pragma once
// Runs a program, usually the built candour, as a child process, for the few
// tests that need a real process: signals, exit codes, process ids.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace candour::testing {

class ChildProcess {
public:
    explicit ChildProcess(const std::vector<std::string>& argv);
    ~ChildProcess();  // kills the child if it is still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Reads the child's output (standard output and error together) until a line contains `text` or
    // `limit` passes; returns that line, or "" on timeout or end of output.
    std::string wait_for_line(const std::string& text, std::chrono::milliseconds limit);

    void send_signal(int signal);

    // Waits for the child to exit; its exit code, or -1 if it is still
    // running after `limit` (or died from a signal).
    int wait_for_exit(std::chrono::milliseconds limit);

    pid_t pid() const { return pid_; }

    // Everything read from the child's output so far.
    const std::string& output() const { return output_; }

private:
    bool read_some(std::chrono::milliseconds limit);

    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    std::string output_;
    std::size_t scanned_ = 0;
    bool exited_ = false;
};

}  // namespace candour::testing
