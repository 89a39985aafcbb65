#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace fornax {

/**
 * How much of one reply the app is willing to hold in memory, and whether a reply has already
 * gone past it.
 *
 * Pure accounting, so that it can be fuzzed and tested without a network: ReplyLimit feeds it
 * what a QNetworkReply announces (its Content-Length) and what arrives (the running byte
 * count), and aborts the reply the moment admit*() says no. Once exceeded it stays exceeded.
 * A Content-Length that is not a plain non-negative decimal number is ignored here (the bytes
 * that arrive are still counted), never trusted.
 */
class ReplyBudget
{
    Q_DECLARE_TR_FUNCTIONS(ReplyBudget)

public:
    explicit ReplyBudget(qint64 limit);

    qint64 limit() const { return m_limit; }
    bool isExceeded() const { return m_exceeded; }

    // The raw Content-Length header; false when it declares more than the limit.
    bool admitDeclaredLength(const QByteArray &contentLength);
    // The bytes received so far (a running total); false once it is more than the limit.
    bool admitReceived(qint64 bytesReceived);

    // "4 MiB", "256 KiB", "100 bytes": how a limit is named in messages (binary units, as the
    // limits are powers of two).
    static QString sizeText(qint64 bytes);

private:
    qint64 m_limit;
    bool m_exceeded = false;
};

} // namespace fornax
