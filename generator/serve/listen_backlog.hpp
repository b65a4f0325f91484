#pragma once
// Debian's cpp-httplib is a compiled library that listens with a queue of 5
// waiting connections. When many open pages reconnect at once (the preview
// restarted, or 100 tabs are open), the rest are dropped and retried by the
// kernel after 1, 3, 7 seconds: pages stall. The queue of a listening socket
// can be widened by calling listen() on it again.
namespace candour {

// Finds this process's listening TCP socket on `port` and widens its queue of
// waiting connections to the system's maximum. Returns false if none is found.
bool widen_listen_backlog(int port);

}  // namespace candour
