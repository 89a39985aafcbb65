#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
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
 *
 * Single-user flavours: the hub serves Notebook 6 servers by default and jupyter_server ones
 * (what Fornax runs) to users given that variant. A test registered a second time with
 * $FORNAX_TEST_FLAVOUR=jupyter_server (fornax_add_flavour_run) runs against jupyter_server: it
 * names its users through user(), which gives that run names of its own, and ensureUser() and
 * createToken() give every user they create the run's flavour.
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

    // The single-user flavour this test run asks for: "notebook" (default) or "jupyter_server".
    static QString flavour();
    static bool isJupyterServerFlavour() { return flavour() == QLatin1String("jupyter_server"); }
    // A test's user name for this run's flavour: base itself for Notebook 6, base + "-js" for
    // jupyter_server, so the two runs never share a server. Usable before main() runs.
    static QString user(const QString &base);

    bool isValid() const { return m_url.isValid(); }
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString homeOf(const QString &user) const { return m_homes + QLatin1Char('/') + user; }
    // A hub user name whose server runs as an unprivileged system user ("unpriv-<base>"), or
    // base itself when the fixture could not arrange that (not root).
    QString unprivilegedUser(const QString &base) const;
    bool hasUnprivilegedServers() const { return !m_unprivilegedPrefix.isEmpty(); }
    // Hands path (and everything below it) to the user the server of user runs as, so the
    // server may change what a test arranged there as root.
    void giveToServer(const QString &user, const QString &path) const;

    // verb + path below <url>hub/api/, authorised with token (the service token when empty).
    Reply call(const QByteArray &verb, const QString &apiPath, const QByteArray &jsonBody = {},
               const QByteArray &token = {}) const;
    // verb + path below user's default server (<url>user/<user>/<path>, e.g. "api/terminals"),
    // authorised with token (the service token, which may access every server, when empty): to
    // look at or change the server behind the client's back (its keep-alive, its terminals).
    Reply callServer(const QByteArray &verb, const QString &user, const QString &path,
                     const QByteArray &jsonBody = {}, const QByteArray &token = {}) const;
    // The server's own record of its activity (api/status, never counted itself); null when the
    // server does not answer.
    QDateTime serverOwnActivity(const QString &user) const;
    // The terminals running on user's server (GET api/terminals), or -1 when it did not answer.
    int terminalCount(const QString &user) const;
    // Creates the user when missing (with the run's flavour); true on success.
    bool ensureUser(const QString &user) const;
    // The variant of user's next server (see jupyterhub_config.py: "flavour", "cull_idle_seconds",
    // "keepalive_period_seconds"); replaces what was set before. Takes effect at the next start.
    bool setUserVariant(const QString &user, const QJsonObject &variant) const;
    // A fresh API token for user, minted by the service; empty on failure.
    QByteArray createToken(const QString &user, const QString &note = QStringLiteral("fornax-tests")) const;

private:
    QUrl m_url;
    QString m_user;
    QString m_password;
    QString m_homes;
    QString m_variants;
    QByteArray m_serviceToken;
    QString m_error;
    QString m_unprivilegedPrefix;
    int m_unprivilegedUid = -1;
    int m_unprivilegedGid = -1;
};

} // namespace fornax::test
