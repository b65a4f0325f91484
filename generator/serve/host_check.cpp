#include "serve/host_check.hpp"

#include <arpa/inet.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace candour {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool is_ipv4(const std::string& s) {
    in_addr parsed;
    return inet_pton(AF_INET, s.c_str(), &parsed) == 1;
}

bool is_ipv6(const std::string& s) {
    in6_addr parsed;
    return inet_pton(AF_INET6, s.c_str(), &parsed) == 1;
}

bool is_wildcard(const std::string& address) {
    return address == "0.0.0.0" || address == "::";
}

// "name:port" or "[v6]:port" into the name (brackets kept off) and port.
bool split_host(const std::string& host, std::string& name, int& port) {
    std::size_t colon;
    if (!host.empty() && host.front() == '[') {
        auto close = host.find(']');
        if (close == std::string::npos) return false;
        name = host.substr(1, close - 1);
        colon = close + 1;
        if (colon == host.size()) return false;  // a port is required
        if (host[colon] != ':') return false;
    } else {
        colon = host.rfind(':');
        if (colon == std::string::npos) return false;
        name = host.substr(0, colon);
    }
    std::string digits = host.substr(colon + 1);
    if (digits.empty() || digits.size() > 5 || !std::all_of(digits.begin(), digits.end(), ::isdigit)) return false;
    port = std::stoi(digits);
    return true;
}

}  // namespace

bool is_allowed_host(const std::string& host_header, const std::string& bound_address, int port) {
    std::string name;
    int host_port = 0;
    if (!split_host(lower(host_header), name, host_port) || host_port != port) return false;
    if (name == "localhost" || name == lower(bound_address)) return true;
    bool loopback = bound_address == "localhost" || bound_address == "::1" || bound_address.rfind("127.", 0) == 0;
    if (loopback) return name == "127.0.0.1" || name == "::1";
    // Listening on every address: reached by whatever address this computer has.
    return is_wildcard(bound_address) && (is_ipv4(name) || is_ipv6(name));
}

std::string host_refusal_text(const std::string& bound_address, int port) {
    std::string shown = bound_address.find(':') != std::string::npos ? "[" + bound_address + "]" : bound_address;
    if (is_wildcard(bound_address)) shown = "this computer's IP address";
    return fmt::format(
        "The preview only answers requests addressed to localhost:{} or {}:{}. Open one of those addresses.\n", port,
        shown, port);
}

}  // namespace candour
