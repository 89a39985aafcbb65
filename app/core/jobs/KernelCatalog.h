#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fornax {

class HubClient;

/**
 * The kernels a running server offers (`GET <server>api/kernelspecs`, read without counting as
 * the server's activity): their names, display names and the server's default. Answers once
 * with finished(); on failure, ok() is false and errorString() says why.
 */
class KernelCatalog : public QObject
{
    Q_OBJECT

public:
    KernelCatalog(HubClient *client, const QUrl &serverUrl, QObject *parent = nullptr);

    void fetch();
    bool ok() const { return m_ok; }
    QString errorString() const { return m_error; }
    QStringList names() const { return m_names; }
    QString displayName(const QString &name) const;
    QString defaultName() const { return m_default; }
    // Reads the JSON reply of api/kernelspecs; false when it is not one.
    bool parse(const QByteArray &json);

Q_SIGNALS:
    void finished();

private:
    HubClient *m_client;
    QUrl m_serverUrl;
    bool m_ok = false;
    QString m_error;
    QStringList m_names;
    QStringList m_displayNames;
    QString m_default;
};

} // namespace fornax
