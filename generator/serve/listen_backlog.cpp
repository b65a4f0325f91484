#include "serve/listen_backlog.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <charconv>
#include <filesystem>
#include <string>

namespace candour {

namespace {

bool is_listening_on(int fd, int port) {
    int listening = 0;
    socklen_t size = sizeof listening;
    if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening) return false;
    sockaddr_storage addr{};
    socklen_t addr_size = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &addr_size) != 0) return false;
    if (addr.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port) == port;
    if (addr.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port) == port;
    return false;
}

}  // namespace

bool widen_listen_backlog(int port) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        std::string name = entry.path().filename().string();
        int fd = -1;
        auto [end, parse_ec] = std::from_chars(name.data(), name.data() + name.size(), fd);
        if (parse_ec != std::errc() || end != name.data() + name.size()) continue;
        if (is_listening_on(fd, port)) return ::listen(fd, SOMAXCONN) == 0;
    }
    return false;
}

}  // namespace candour
