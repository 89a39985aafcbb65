#pragma once

namespace fornax::cli {

// The command line's exit codes, documented in --help; scripts rely on them, so never renumber.
enum ExitCode : int {
    Success = 0,
    Failed = 1, // the hub refused or the operation failed; the message says why
    UsageError = 2,
    NotSignedIn = 3, // no token, or the hub no longer accepts it
    HubUnreachable = 4, // network, DNS, TLS, timeout or gateway trouble
    ServerNotRunning = 5,
};

} // namespace fornax::cli
