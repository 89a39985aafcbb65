#pragma once

#include "ServerSnapshot.h"
#include "hub/HubError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * Reads the single-user server's own state, without ever counting as its activity.
 *
 * One sample is four reads of the server's REST API, each with `?no_track_activity=1`:
 * `api/status` (its own started and last_activity), `api/kernels` (how many, how many busy),
 * `api/terminals`, and `ext-keepalive` (the jupyter-keepalive extension's time left; a 404 means
 * no extension); with setReadResources(true) a fifth, `api/metrics/v1` (jupyter-resource-usage:
 * CPU, memory, disk; ResourceParsers). A 404 there means the server has no such extension: it is
 * not asked again for that server, and its resources stay unknown — the only other way to its
 * /proc and cgroup files from here is a terminal, whose traffic counts as activity. No terminal is opened or
 * written to, so polling leaves a server that culls itself to cull itself. The hub's proxy still records each
 * request as traffic of the server's route (a JupyterHub detail this class cannot change): poll only while
 * the server is kept alive anyway or while someone looks, never in the background of an idle server.
 *
 * The server's clock counts; ServerSnapshot::takenAt is this machine's. A sample whose status
 * read fails is reported through sampleFailed(), a sample with kernels or terminals unreadable
 * leaves those fields unknown. Used for why a server stopped (StopDiagnosis) and, later, for
 * jobs and health.
 */
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(HubClient *client, QObject *parent = nullptr);
    ~ServerProbe() override;

    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }

    // One sample now (ignored while one is under way).
    void sample();
    // A sample at once and then every interval, until stop().
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    ServerSnapshot last() const { return m_last; }

    // Whether samples also read api/metrics/v1 (ResourceWatch sets it while someone looks).
    void setReadResources(bool read) { m_readResources = read; }
    bool readsResources() const { return m_readResources; }
    // The server at serverUrl() answered 404 to api/metrics/v1.
    bool resourcesMissing() const { return m_resourcesMissing; }

Q_SIGNALS:
    void sampled(const fornax::ServerSnapshot &snapshot);
    void sampleFailed(const fornax::HubError &error);

private:
    void read(const QString &path);
    void answered(QNetworkReply *reply, const QString &path);
    void finishSample();

    HubClient *m_client;
    QUrl m_serverUrl;
    QTimer m_timer;
    QList<QPointer<QNetworkReply>> m_replies;
    ServerSnapshot m_building;
    HubError m_statusError;
    ServerSnapshot m_last;
    bool m_readResources = false;
    bool m_resourcesMissing = false;
};

} // namespace fornax
