#include "ResourceWatch.h"

#include "ServerProbe.h"

#include <algorithm>

namespace fornax {

ResourceWatch::ResourceWatch(ServerProbe *probe, QObject *parent)
    : QObject(parent)
    , m_probe(probe)
{
    connect(probe, &ServerProbe::sampled, this, &ResourceWatch::observe);
}

void ResourceWatch::hold()
{
    if (++m_holders != 1)
        return;
    if (m_probe)
        m_probe->setReadResources(true);
    Q_EMIT watchingChanged(true);
}

void ResourceWatch::release()
{
    if (m_holders == 0 || --m_holders != 0)
        return;
    if (m_probe)
        m_probe->setReadResources(false);
    Q_EMIT watchingChanged(false);
}

void ResourceWatch::setHome(std::optional<qint64> used, std::optional<qint64> quota)
{
    m_homeUsed = used;
    m_homeQuota = quota;
}

void ResourceWatch::resetPeaks()
{
    m_peakCores.reset();
    m_peakMemory.reset();
    m_recentMemoryFraction.reset();
    m_last = {};
    m_missing = false;
    if (!m_warnings.isEmpty()) {
        m_warnings.clear();
        Q_EMIT warningsChanged({}, {});
    }
}

QString ResourceWatch::unavailableText() const
{
    if (!m_missing)
        return {};
    return tr("Resources unknown on this server: it does not report them (it has no "
              "jupyter-resource-usage), and reading them another way would count as using it.");
}

void ResourceWatch::observe(const ServerSnapshot &snapshot)
{
    m_missing = snapshot.resourcesMissing;
    ResourceSample sample = snapshot.resources;
    if (!sample.isValid())
        return;
    sample.homeUsed = m_homeUsed;
    sample.homeQuota = m_homeQuota;
    if (!sample.scratchUsed)
        sample.scratchUsed = m_scratchUsed;
    m_last = sample;
    if (const auto cores = sample.coresUsed())
        m_peakCores = std::max(m_peakCores.value_or(0.0), *cores);
    if (sample.memoryUsed)
        m_peakMemory = std::max(m_peakMemory.value_or(0), *sample.memoryUsed);
    // The latest share, so that a server killed at its limit shows near it, not a peak of hours ago.
    m_recentMemoryFraction = sample.memoryFraction();
    const QStringList now = sample.warnings();
    if (now != m_warnings) {
        QStringList added;
        for (const QString &sentence : now) {
            if (!m_warnings.contains(sentence))
                added << sentence;
        }
        m_warnings = now;
        Q_EMIT warningsChanged(m_warnings, added);
    }
    Q_EMIT sampled(sample);
}

} // namespace fornax
