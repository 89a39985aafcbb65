#pragma once

#include "ResourceSample.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace fornax {

class ServerProbe;
struct ServerSnapshot;

/**
 * The server's resources while someone looks: a count of who looks (the window showing them, a
 * running job or transfer, a `status` command), the last sample, the session's peaks, and the
 * warnings before trouble (memory or the home folder at 90 % of their limit; the home folder's
 * use comes from setHome()).
 *
 * It never samples by itself: while anyone holds it, it asks the probe to read resources with its
 * samples and says watchingChanged(), so that the probe's owner keeps the probe sampling; with
 * nobody holding it, neither. An idle server is thus never read in the background. Reading
 * api/metrics/v1 carries no_track_activity=1 like every read of the probe, so it never counts as
 * the server's activity (tests/integration/tst_selfcull.cpp proves it on a self-culling server).
 */
class ResourceWatch : public QObject
{
    Q_OBJECT

public:
    explicit ResourceWatch(ServerProbe *probe, QObject *parent = nullptr);

    // Someone starts / stops looking. Balanced calls; release() below zero is ignored.
    void hold();
    void release();
    bool isWatching() const { return m_holders > 0; }

    ResourceSample last() const { return m_last; }
    QStringList warnings() const { return m_warnings; }
    // The highest CPU use (cores) and memory seen since resetPeaks(); nullopt when never seen.
    std::optional<double> peakCores() const { return m_peakCores; }
    std::optional<qint64> peakMemory() const { return m_peakMemory; }
    // The last sample's share of the memory limit (StopDiagnosis); nullopt when unknown.
    std::optional<double> recentMemoryFraction() const { return m_recentMemoryFraction; }
    // The home folder's use (StorageWalk's last measure, in bytes) and its quota, put into every
    // sample from the next one on: the server's metrics cannot tell them (ResourceParsers).
    void setHome(std::optional<qint64> used, std::optional<qint64> quota);
    // What ~/scratch holds (StorageWalk::Result::scratchBytes); its size is not known.
    void setScratch(std::optional<qint64> used) { m_scratchUsed = used; }
    // A new server: peaks and warnings start over.
    void resetPeaks();
    // Why there are no figures, in a sentence; empty while figures come or nothing was asked.
    QString unavailableText() const;

Q_SIGNALS:
    void watchingChanged(bool watching);
    void sampled(const fornax::ResourceSample &sample);
    // The set of warnings changed (empty: all clear); each new sentence is in added.
    void warningsChanged(const QStringList &warnings, const QStringList &added);

private:
    void observe(const ServerSnapshot &snapshot);

    QPointer<ServerProbe> m_probe;
    int m_holders = 0;
    ResourceSample m_last;
    QStringList m_warnings;
    std::optional<double> m_peakCores;
    std::optional<qint64> m_peakMemory;
    std::optional<double> m_recentMemoryFraction;
    bool m_missing = false;
    std::optional<qint64> m_homeUsed;
    std::optional<qint64> m_homeQuota;
    std::optional<qint64> m_scratchUsed;
};

} // namespace fornax
