#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace fornax::test {

/**
 * The live local JupyterHub that CTest's hub.start fixture runs (tests/fixtures/hub/demo_hub.py),
 * read from the state file named by $FORNAX_TEST_HUB_STATE.
 *
 * Besides its coordinates it offers blocking calls made with the fixture's service token, for
 * tests to arrange and check the hub's side (create a user, mint or list tokens, stop a server
 * behind the client's back). They wait on the reply's signal, never sleep.
 */
class TestHub
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString errorString;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };

    static TestHub fromEnvironment();

    bool isValid() const { return m_url.isValid(); }
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString homeOf(const QString &user) const { return m_homes + QLatin1Char('/') + user; }

    // verb + path below <url>hub/api/, authorised with token (the service token when empty).
    Reply call(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody = {},
               const QByteArray &token = {}) const;
    // Creates the user when missing; true on success.
    bool ensureUser(const QString &user) const;
    // A fresh API token for user, minted by the service; empty on failure.
    QByteArray createToken(const QString &user, const QString &note = QStringLiteral("fornax-tests")) const;

private:
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_homes;
    QByteArray m_serviceToken;
    QString m_error;
};

} // namespace fornax::test
