#pragma once

#include "ResourceSample.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace fornax {

/**
 * What the single-user server said about itself at one moment (ServerProbe): its own clock of
 * activity, which is what a server that culls itself (and jupyterhub-singleuser's activity report)
 * goes by, and what runs on it. Fields the server did not answer stay at their "unknown" value.
 */
struct ServerSnapshot
{
    QDateTime takenAt; // when the answers arrived (UTC, this machine's clock)
    QDateTime started; // api/status "started"
    QDateTime lastActivity; // api/status "last_activity": the server's own idea of it
    int kernels = -1; // running kernels
    int busyKernels = -1; // kernels whose execution_state is "busy"
    int terminals = -1;
    int connections = -1; // api/status "connections": clients attached to kernels
    // The jupyter-keepalive extension's time left; nullopt when the server has no such extension.
    std::optional<qint64> keepAliveRemaining;
    // What it used (api/metrics/v1), when resources were asked for and the server reports them.
    ResourceSample resources;
    // The server answered 404 to api/metrics/v1: it has no jupyter-resource-usage.
    bool resourcesMissing = false;

    bool isValid() const { return takenAt.isValid(); }
};

} // namespace fornax

Q_DECLARE_METATYPE(fornax::ServerSnapshot)
