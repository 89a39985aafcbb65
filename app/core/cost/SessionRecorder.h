#pragma once

#include "cost/UsageLedger.h"
#include "health/ResourceSample.h"
#include "hub/ServerStatus.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace fornax {

struct UsageRecord;

/**
 * Writes the server sessions the hub's user model shows into the usage ledger, whoever started
 * them — the window, the command line or a browser — so that server hours add up the same
 * wherever they are looked at.
 *
 * A session is the hub's `started` time of a server: its start is written when the server is
 * first seen running, its stop when it is seen gone (the moment of that poll). Both are written
 * once per session even when several processes watch it (the window and a command): the ledger
 * is read first, and the ledger itself keeps the earliest stop anyone saw. While the server runs,
 * the last moment it was seen running is noted every few minutes and when watching ends; a
 * session that ended while nobody watched (the window closed, the server culled) is closed at
 * that moment, the latest the ledger can vouch for, by the next recorder that sees it gone.
 *
 * Resource samples of the running session (observe(ResourceSample)) give its peak CPU and memory,
 * written as a peak record when first known, with the "last seen" notes when they grew, and when the
 * session ends or watching stops (what SizeAdvice reads).
 */
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    // hubKey: RateCard::hubKey() of the hub; account: the user's name there; serverName: empty
    // for the default server. ledgerFile: the ledger to write (tests), else the user's.
    SessionRecorder(const QString &hubKey, const QString &account, const QString &serverName = {},
                    const QString &ledgerFile = {}, QObject *parent = nullptr);
    // Notes when the followed server was last seen running.
    ~SessionRecorder() override;

    // The size a server started without a profile gets (the hub's default profile), so its hours
    // can be priced.
    void setDefaultSize(const QString &size) { m_defaultSize = size; }

    // Every status the monitor polled (ServerMonitor::polled).
    void observe(const fornax::ServerStatus &status);
    // Every resource sample of the followed server while it runs.
    void observeResources(const fornax::ResourceSample &sample);

    // The running session followed now: its start (invalid when none runs) and size.
    QDateTime sessionStart() const { return m_start; }
    QString sessionSize() const { return m_size; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Something was written to the ledger (estimates shown elsewhere may change).
    void recorded();
    void writeFailed(const QString &message);

private:
    void follow(const ServerStatus &status, const QDateTime &now);
    void closeSession(const QDateTime &start, const QDateTime &stop);
    void closeUnseen(const QDateTime &except);
    void noteSeen(const QDateTime &now);
    void writePeaks();
    bool append(const UsageRecord &record);

    UsageLedger m_ledger;
    QString m_hub;
    QString m_account;
    QString m_server;
    QString m_defaultSize;
    QDateTime m_start;
    QString m_size;
    QDateTime m_lastSeen;
    QDateTime m_seenWritten;
    bool m_ledgerChecked = false;
    double m_peakCores = -1;
    qint64 m_peakMemory = -1;
    bool m_peaksWritten = true; // nothing new to write
    QString m_error;
};

} // namespace fornax
