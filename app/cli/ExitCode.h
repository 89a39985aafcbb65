#pragma once

#include "hub/HubError.h"

namespace fornax::cli {

// The command line's exit codes, documented in --help; scripts rely on them, so never renumber.
enum ExitCode : int {
    Success = 0,
    Failed = 1, // the hub refused or the operation failed; the message says why
    UsageError = 2,
    NotSignedIn = 3, // no token, the hub no longer accepts it, or it lacks a permission (403)
    HubUnreachable = 4, // network, DNS, TLS, timeout or gateway trouble
    ServerNotRunning = 5,
    // A download the egress policy stopped: over the monthly budget (even with --yes), or above the
    // warning threshold with no terminal to ask and no --yes (EgressPrompt).
    EgressRefused = 6,
    // The transfer completed, but the app left some entries out on its own and named them: symbolic
    // links pointing outside what was chosen (downloads), sockets, fifos or devices (uploads).
    CompletedWithSkips = 7,
    // Ended by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it), after its clean-up.
    Interrupted = 130,
};

// The exit code a failure of the hub ends a command with.
inline ExitCode exitCodeFor(const HubError &error)
{
    switch (error.kind()) {
    case HubError::Kind::TokenExpired:
    case HubError::Kind::Forbidden:
        return NotSignedIn;
    case HubError::Kind::HostNotFound:
    case HubError::Kind::Unreachable:
    case HubError::Kind::Tls:
    case HubError::Kind::Timeout:
    case HubError::Kind::Proxy:
        return HubUnreachable;
    default:
        return Failed;
    }
}

} // namespace fornax::cli
