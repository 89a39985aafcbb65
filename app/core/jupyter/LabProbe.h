#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace fornax {

class HubClient;

/**
 * Whether a single-user server offers JupyterLab at <server>lab, or only its classic page
 * (Notebook 6, as the demo hub runs by default).
 *
 * One GET with the client's server token and redirect guard; only the reply's status is read
 * (its body is bounded). Anything but 404 counts as JupyterLab being there, as the window has
 * always assumed: an error on the way is no evidence that the lab is missing. Asynchronous;
 * a new probe abandons the one before.
 */
class LabProbe : public QObject
{
    Q_OBJECT

public:
    explicit LabProbe(HubClient *client, QObject *parent = nullptr);
    ~LabProbe() override;

    void probe(const QUrl &serverUrl);
    bool isRunning() const;

Q_SIGNALS:
    // serverUrl as probed; hasLab false only when the server answered 404 for lab.
    void finished(const QUrl &serverUrl, bool hasLab);

private:
    void abandon();

    QPointer<HubClient> m_client;
    QPointer<QNetworkReply> m_reply;
};

} // namespace fornax
