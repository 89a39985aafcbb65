#pragma once

#include "HubError.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace fornax {

/**
 * One request to the hub's REST API, from sending to a classified result.
 *
 * HubClient returns one for every call. When the reply is complete it emits finished() once,
 * then deletes itself: read error(), json() or body() in the slot connected to finished(). A
 * call that is aborted finishes with HubError::Kind::Cancelled.
 */
class HubCall : public QObject
{
    Q_OBJECT

public:
    HubCall(QNetworkReply *reply, QObject *parent = nullptr);
    ~HubCall() override;

    bool isFinished() const { return m_finished; }
    HubError error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonDocument json() const;

    void abort();
    // For calls whose only requirement is a valid token (GET hub/api/user): there a 403 can only
    // mean the hub no longer accepts the token (3.0 and 5.x answer 403, not 401).
    void setForbiddenMeansExpired(bool on) { m_forbiddenMeansExpired = on; }

Q_SIGNALS:
    void finished();

private:
    void complete();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    HubError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_forbiddenMeansExpired = false;
};

} // namespace fornax
