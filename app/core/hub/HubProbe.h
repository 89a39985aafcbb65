#pragma once

#include "HubError.h"
#include "HubUrl.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace fornax {

/**
 * Finds the JupyterHub behind an address a user typed, and its version.
 *
 * It asks `GET <candidate>hub/api/` (no sign-in needed) for each base HubUrl::candidateBases()
 * proposes and settles on the first that answers like a hub. A probe that fails reports the
 * most telling error of its attempts: a DNS or TLS failure says more than "not a hub".
 */
class HubProbe : public QObject
{
    Q_OBJECT

public:
    explicit HubProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void probe(const QString &userInput);
    void abort();

Q_SIGNALS:
    void hubFound(const fornax::HubUrl &hub, const QString &version);
    void probeFailed(const fornax::HubError &error);

private:
    void tryNext();
    void handleReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QList<QUrl> m_candidates;
    QPointer<QNetworkReply> m_reply;
    HubError m_bestError;
};

} // namespace fornax
