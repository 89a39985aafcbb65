#pragma once

#include "ServerStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace fornax {

class KeepAlive;

/**
 * Keeps the server alive while work runs on it, and only then: transfers today (TransferHolds
 * registers them), jobs later. Fornax counts only busy CPUs as activity, so a long upload, a
 * download or a job waiting on I/O looks idle there and is culled mid-work; the work tells this
 * class it runs, and the server is held through KeepAlive (the server's own keep-alive where it
 * has one) under one claim, "work".
 *
 * The hold is bounded twice: by the work's own expected end, from its time left (one and a half
 * times it, plus two minutes) or, while that is unknown, a window (15 minutes) renewed by each
 * progress report, so work that stalls stops holding; and by the hub's hard limit (48 hours
 * after the server's start on Fornax), which no keep-alive can pass. When the last work ends the
 * hold is released at once. Switched off (the user's setting), work is still listed but nothing
 * holds the server. reason() says why the server is kept alive, for the tray and the server page:
 * "upload, 40 %". Work that keeps a terminal of its own busy (a transfer's unpacking) also keeps
 * that terminal from being culled as idle, at heartbeat(), while this is on.
 */
class ActivityHolder : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::minutes DefaultWindow {15};
    // The claim this holder keeps in KeepAlive.
    static QString claimName() { return QStringLiteral("work"); }

    explicit ActivityHolder(KeepAlive *keepAlive, QObject *parent = nullptr);
    ~ActivityHolder() override;

    // For tests: where "now" comes from (UTC).
    void setClock(Clock clock);
    // The user's "keep the server running while work runs" setting; on by default.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The hub's maximum server age (48 hours on Fornax); 0 = none known.
    void setMaxServerAge(std::chrono::seconds age);
    // How long work whose time left is unknown holds after its last report.
    void setWindow(std::chrono::seconds window);
    // The server's start (for the hard limit); a stopped server ends every hold.
    void updateStatus(const fornax::ServerStatus &status);

    // Work begins: label names it for people ("upload"). Returns its id.
    int begin(const QString &label);
    // Its progress (0..100, -1 unknown) and time left (nullopt unknown); extends its hold.
    void update(int id, int percent, std::optional<std::chrono::seconds> timeLeft = std::nullopt);
    // It ended (finished, failed, cancelled, or waits for the user): its hold goes.
    void end(int id);

    // How often work that keeps something of its own open on the server (a transfer's terminal)
    // should show it is in use while held: KeepAlive's interval. 0 when not holding work at all
    // (switched off).
    std::chrono::milliseconds heartbeat() const;

    bool hasWork() const { return !m_work.isEmpty(); }
    // Work runs and the server is held for it.
    bool isHolding() const;
    // Why the server is held: "upload, 40 %", "download and 1 more"; empty when not holding.
    QString reason() const;
    // Until when it is held (UTC); null when not holding.
    QDateTime holdUntil() const;
    // The hub's hard limit for this server (UTC); null when none is known.
    QDateTime hardLimit() const;
    // The work is expected to end after the hard limit: the hub will stop the server first.
    bool endsAfterHardLimit() const;

Q_SIGNALS:
    // The work, its progress, or the hold changed.
    void changed();

private:
    struct Work
    {
        QString label;
        int percent = -1;
        QDateTime expectedEnd;
    };

    QDateTime expectedEnd() const;
    void apply();

    QPointer<KeepAlive> m_keepAlive;
    Clock m_clock;
    QMap<int, Work> m_work;
    int m_nextId = 1;
    bool m_enabled = true;
    std::chrono::seconds m_maxAge {0};
    std::chrono::seconds m_window {DefaultWindow};
    QDateTime m_started;
    QDateTime m_sent; // the end last handed to KeepAlive; null when nothing is held
};

} // namespace fornax
