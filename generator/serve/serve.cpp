#include "serve/serve.hpp"

#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>

#include <cerrno>
#include <ctime>

#include "diagnostics/exit_codes.hpp"
#include "serve/preview_session.hpp"

namespace candour {

namespace {

// Blocks SIGINT and SIGTERM in the calling thread, and so in every thread
// it starts after, so that only wait_for_stop() below ever sees them.
class BlockedStopSignals {
public:
    BlockedStopSignals() {
        sigemptyset(&set_);
        sigaddset(&set_, SIGINT);
        sigaddset(&set_, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &set_, &previous_);
    }
    ~BlockedStopSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
    BlockedStopSignals(const BlockedStopSignals&) = delete;
    BlockedStopSignals& operator=(const BlockedStopSignals&) = delete;

    int wait_for_stop() const {
        for (;;) {
            int signal = sigwaitinfo(&set_, nullptr);
            if (signal > 0) return signal;
            if (errno != EINTR) return 0;
        }
    }

private:
    sigset_t set_;
    sigset_t previous_;
};

}  // namespace

bool is_bind_address(const std::string& address) {
    unsigned char parsed[sizeof(in6_addr)];
    return address == "localhost" || inet_pton(AF_INET, address.c_str(), parsed) == 1 ||
           inet_pton(AF_INET6, address.c_str(), parsed) == 1;
}

int serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
    BlockedStopSignals signals;
    PreviewSession session(options, out, err);
    if (!session.start()) return exit_usage;
    signals.wait_for_stop();
    session.stop();
    out << "candour: stopped\n";
    return exit_ok;
}

}  // namespace candour
