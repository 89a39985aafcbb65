#include "ReplyLimit.h"

#include "Logging.h"
#include "ReplyBudget.h"

#include <QNetworkReply>

#include <memory>

namespace fornax {

namespace {

bool counts(const QNetworkReply *reply, ReplyLimit::Scope scope)
{
    if (scope == ReplyLimit::Scope::WholeReply)
        return true;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300;
}

} // namespace

void ReplyLimit::apply(QNetworkReply *reply, qint64 maxBytes, Scope scope)
{
    auto budget = std::make_shared<ReplyBudget>(maxBytes);
    // Without this Qt's network thread reads ahead as fast as the data comes, megabytes beyond
    // the limit before the count below can stop it; with it, one byte more than the limit is
    // the most it holds, and that byte is what tells an over-long reply.
    if (scope == Scope::WholeReply)
        reply->setReadBufferSize(maxBytes + 1);
    const auto refuse = [reply, maxBytes] {
        if (reply->property(PropertyName).isValid())
            return;
        qCWarning(lcHub) << "reply from" << reply->url().path() << "is larger than" << maxBytes
                         << "bytes; stopped reading it";
        reply->setProperty(PropertyName, maxBytes);
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, budget, scope, refuse] {
        if (counts(reply, scope) && !budget->admitDeclaredLength(reply->rawHeader("Content-Length")))
            refuse();
    });
    // downloadProgress() comes at most every 100 ms (Qt throttles it), which at loopback speed
    // is tens of megabytes; readyRead() comes with every piece. A reader of a whole reply reads
    // nothing before the end, so what is available is what arrived.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, budget, scope, refuse] {
        if (counts(reply, scope) && !budget->admitReceived(reply->bytesAvailable()))
            refuse();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, budget, scope, refuse](qint64 received, qint64) {
                         if (counts(reply, scope) && !budget->admitReceived(received))
                             refuse();
                     });
}

QByteArray ReplyLimit::body(QNetworkReply *reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

std::optional<qint64> ReplyLimit::exceeded(const QNetworkReply *reply)
{
    const QVariant limit = reply->property(PropertyName);
    if (!limit.isValid())
        return std::nullopt;
    return limit.toLongLong();
}

} // namespace fornax
