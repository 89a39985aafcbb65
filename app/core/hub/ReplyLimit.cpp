#include "ReplyLimit.h"

#include "Logging.h"
#include "ReplyBudget.h"

#include <QByteArrayList>
#include <QNetworkReply>

#include <algorithm>
#include <memory>
#include <utility>

namespace fornax {

namespace {

constexpr char CollectedName[] = "fornaxReplyBody";

// What arrived of a whole reply, read out of it as it came (see apply()). A child of the reply,
// so it goes with it; found again by its name.
class Collected : public QObject
{
public:
    explicit Collected(QNetworkReply *reply)
        : QObject(reply)
    {
        setObjectName(QLatin1String(CollectedName));
    }

    // In pieces as they came: one growing array would double its capacity on the way, twice
    // the limit at worst.
    QByteArrayList pieces;
    qint64 size = 0;
};

Collected *collectedOf(const QNetworkReply *reply)
{
    return dynamic_cast<Collected *>(
        reply->findChild<QObject *>(QLatin1String(CollectedName), Qt::FindDirectChildrenOnly));
}

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
    if (scope == Scope::WholeReply) {
        // A whole reply is read out as it arrives, and counted as it is read. Left in the reply,
        // it would hold Qt's network thread back once the read buffer is full, and that thread
        // reads a chunked body on into memory of its own without end (Qt 6.4: the read buffer
        // size does not hold for chunked replies), where no count here can see it. Read out,
        // every byte passes this count, and the reply is aborted one piece past the limit.
        auto *collected = new Collected(reply);
        reply->setReadBufferSize(std::min<qint64>(maxBytes + 1, ReadAhead));
        QObject::connect(reply, &QNetworkReply::readyRead, collected, [reply, collected, budget, refuse] {
            if (!budget->admitReceived(collected->size + reply->bytesAvailable())) {
                refuse();
                return;
            }
            collected->pieces << reply->readAll();
            collected->size += collected->pieces.constLast().size();
        });
        return;
    }
    // Streams read piece by piece by others (downloads, the progress stream): only an error's
    // body counts, as it is read whole at the end. downloadProgress() comes at most every 100 ms;
    // readyRead() with every piece, and what is available is what arrived, unread.
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
    // An aborted reply is closed: what came of it is no answer.
    if (!reply->isOpen())
        return {};
    Collected *collected = collectedOf(reply);
    if (!collected)
        return reply->readAll();
    collected->pieces << reply->readAll();
    collected->size = 0;
    return std::exchange(collected->pieces, {}).join();
}

std::optional<qint64> ReplyLimit::exceeded(const QNetworkReply *reply)
{
    const QVariant limit = reply->property(PropertyName);
    if (!limit.isValid())
        return std::nullopt;
    return limit.toLongLong();
}

} // namespace fornax
