#include "CredentialStore.h"

#include "FornaxVersion.h"
#include "Logging.h"
#include "account/Account.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace fornax {

namespace {

QLatin1String operationName(int operation)
{
    static const QLatin1String names[] = {QLatin1String("write"), QLatin1String("read"),
                                          QLatin1String("delete")};
    return names[operation];
}

// No keychain service is running or answering: QtKeychain says NoBackendAvailable, or, with
// libsecret and no Secret Service on the bus, OtherError (TESTBED.md).
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

CredentialStore::~CredentialStore()
{
    // Jobs still running finish on their own and delete themselves; their connections to this
    // object go with it. Tokens kept in memory are wiped rather than left in freed memory.
    for (QByteArray &token : m_memory)
        token.fill('\0');
}

QString CredentialStore::serviceName()
{
    return QString::fromLatin1(ApplicationId);
}

void CredentialStore::writeToken(const Account &account, const QByteArray &token)
{
    if (!account.isValid() || token.isEmpty()) {
        reportFailure(account.keychainKey(), tr("Nothing was stored: the account or its token is missing."));
        return;
    }
    submit({Operation::Write, account.keychainKey(), token, 0});
}

void CredentialStore::readToken(const Account &account)
{
    if (!account.isValid()) {
        reportFailure(account.keychainKey(),
                      tr("No token can be read for an account without a hub or user."));
        return;
    }
    submit({Operation::Read, account.keychainKey(), {}, 0});
}

void CredentialStore::deleteToken(const Account &account)
{
    if (!account.isValid()) {
        reportFailure(account.keychainKey(),
                      tr("No token can be deleted for an account without a hub or user."));
        return;
    }
    submit({Operation::Delete, account.keychainKey(), {}, 0});
}

void CredentialStore::writeSecret(const QString &key, const QByteArray &secret)
{
    if (key.isEmpty() || secret.isEmpty()) {
        reportFailure(key, tr("Nothing was stored: the name or the secret is missing."));
        return;
    }
    submit({Operation::Write, key, secret, 0});
}

void CredentialStore::readSecret(const QString &key)
{
    submit({Operation::Read, key, {}, 0});
}

void CredentialStore::deleteSecret(const QString &key)
{
    submit({Operation::Delete, key, {}, 0});
}

void CredentialStore::submit(const Request &request)
{
    if (!m_persistent) {
        // Still asynchronous, as callers of a keychain expect.
        QMetaObject::invokeMethod(
            this,
            [this, request] {
                completeInMemory(request);
            },
            Qt::QueuedConnection);
        return;
    }
    startJob(request);
}

void CredentialStore::startJob(const Request &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        // Tokens are ASCII; stored as text they read back plainly in a password manager.
        const QString text = QString::fromUtf8(request.token);
        if (text.toUtf8() == request.token)
            write->setTextData(text);
        else
            write->setBinaryData(request.token);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Never a plain-text file, whatever the platform offers.
    job->setInsecureFallback(false);
    job->setKey(request.key);
    // Not parented to this: the backend calls back into the job, so it must outlive the store
    // and delete itself when done.
    job->setAutoDelete(true);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, this, [this, request, timer](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        handleFinished(finished, request);
    });
    connect(timer, &QTimer::timeout, this, [this, request, timer, pending = QPointer<QKeychain::Job>(job)] {
        timer->deleteLater();
        if (pending)
            pending->disconnect(this);
        qCWarning(lcAccount) << "keychain" << operationName(int(request.operation)) << "of" << request.key
                             << "timed out";
        reportFailure(request.key,
                      tr("The keyring did not answer within %n second(s). If it asks for a "
                         "password, unlock it and try again.",
                         nullptr, int(m_timeout.count() / 1000)));
    });
    timer->start(m_timeout);
    qCDebug(lcAccount) << "keychain" << operationName(int(request.operation)) << request.key;
    job->start();
}

void CredentialStore::handleFinished(QKeychain::Job *job, const Request &request)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (request.operation) {
        case Operation::Write:
            qCInfo(lcAccount) << "token stored in the keychain for" << request.key;
            Q_EMIT tokenWritten(request.key);
            return;
        case Operation::Read: {
            const QByteArray token = qobject_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
            if (token.isEmpty())
                Q_EMIT tokenMissing(request.key);
            else
                Q_EMIT tokenRead(request.key, token);
            return;
        }
        case Operation::Delete:
            qCInfo(lcAccount) << "token deleted from the keychain for" << request.key;
            Q_EMIT tokenDeleted(request.key);
            return;
        }
    }

    if (error == QKeychain::EntryNotFound && request.operation != Operation::Write) {
        if (request.operation == Operation::Read)
            Q_EMIT tokenMissing(request.key);
        else
            Q_EMIT tokenDeleted(request.key);
        return;
    }

    qCWarning(lcAccount) << "keychain" << operationName(int(request.operation)) << "of" << request.key
                         << "failed:" << int(error) << job->errorString();

    if (meansNoKeychain(error)) {
        if (!m_persistent) {
            completeInMemory(request);
        } else if (request.attempt == 0) {
            Request retry = request;
            retry.attempt = 1;
            QTimer::singleShot(m_retryDelay, this, [this, retry] {
                submit(retry);
            });
        } else {
            fallBackToMemory(job->errorString());
            completeInMemory(request);
        }
        return;
    }

    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        reportFailure(request.key,
                      tr("The keyring refused access. Unlock it (or allow Fornax Desktop to "
                         "use it) and try again."));
        return;
    }
    reportFailure(request.key, tr("The keyring reported an error: %1").arg(job->errorString()));
}

void CredentialStore::completeInMemory(const Request &request)
{
    switch (request.operation) {
    case Operation::Write:
        m_memory.insert(request.key, request.token);
        qCInfo(lcAccount) << "token kept in memory only for" << request.key;
        Q_EMIT tokenWritten(request.key);
        return;
    case Operation::Read: {
        const auto it = m_memory.constFind(request.key);
        if (it == m_memory.constEnd())
            Q_EMIT tokenMissing(request.key);
        else
            Q_EMIT tokenRead(request.key, *it);
        return;
    }
    case Operation::Delete: {
        auto it = m_memory.find(request.key);
        if (it != m_memory.end()) {
            it->fill('\0');
            m_memory.erase(it);
        }
        Q_EMIT tokenDeleted(request.key);
        return;
    }
    }
}

void CredentialStore::fallBackToMemory(const QString &detail)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    qCWarning(lcAccount) << "no working keychain; tokens are kept in memory for this run:" << detail;
    QString reason = tr("Your system keyring is not available, so Fornax Desktop cannot save your "
                        "sign-in. You stay signed in until you quit the app; after that you will have "
                        "to sign in again. To stay signed in, install or unlock a keyring (such as GNOME "
                        "Keyring or KWallet) and restart the app.");
    if (!detail.isEmpty())
        reason += QLatin1Char(' ') + tr("(The keyring said: %1)").arg(detail);
    Q_EMIT keychainUnavailable(reason);
}

void CredentialStore::reportFailure(const QString &key, const QString &message)
{
    // Queued so that a failure reported from inside a call still arrives after it returns.
    QMetaObject::invokeMethod(
        this,
        [this, key, message] {
            Q_EMIT storeFailed(key, message);
        },
        Qt::QueuedConnection);
}

} // namespace fornax
