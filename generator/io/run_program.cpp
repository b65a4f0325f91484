#include "io/run_program.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace candour {

ProgramRun run_program(const std::vector<std::string>& args) {
    ProgramRun r;
    char path[] = "/tmp/candour-run-XXXXXX";
    int out = ::mkostemp(path, O_CLOEXEC);
    if (out < 0) {
        r.error = std::strerror(errno);
        return r;
    }
    ::unlink(path);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out, 1);
    posix_spawn_file_actions_adddup2(&actions, out, 2);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        ::close(out);
        r.error = rc == ENOENT ? fmt::format("'{}' was not found", args[0]) : std::strerror(rc);
        return r;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    off_t size = ::lseek(out, 0, SEEK_END);
    r.output.resize(static_cast<std::size_t>(std::max<off_t>(size, 0)));
    ssize_t n = ::pread(out, r.output.data(), r.output.size(), 0);
    r.output.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    ::close(out);
    return r;
}

std::string last_lines(const std::string& text, std::size_t count) {
    std::size_t end = text.find_last_not_of(" \n");
    if (end == std::string::npos) return "(nothing)";
    std::size_t start = end + 1;
    for (std::size_t i = 0; i < count && start > 0; ++i) {
        std::size_t nl = text.rfind('\n', start - 1);
        start = nl == std::string::npos ? 0 : nl;
    }
    std::string tail = text.substr(start, end + 1 - start);
    while (!tail.empty() && tail.front() == '\n') tail.erase(0, 1);
    return tail;
}

}  // namespace candour
