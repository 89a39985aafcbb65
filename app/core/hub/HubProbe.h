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
 *
 * The probe carries no token and follows redirects (never from https to http), so the hub it
 * reports may be on another origin than the address typed: requestedBase() says which base was
 * asked for, and HubUrl::leadsElsewhere() whether the user must confirm the hub found before any
 * token or sign-in goes there (any difference counts, the path included). A probe sent into a
 * user's server (<anything>/user/<name>/) fails with RedirectRefused: whoever runs that server
 * can answer like a hub. Replies are bounded (ReplyLimit::Small): a huge page is not a hub.
 */
class HubProbe : public QObject
{
    Q_OBJECT

public:
    explicit HubProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void probe(const QString &userInput);
    void abort();
    // The candidate base whose probe found the hub (before any redirect); valid from hubFound().
    QUrl requestedBase() const { return m_requestedBase; }

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
    QUrl m_requestedBase;
};

} // namespace fornax
