#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fornax::cli {

/**
 * Where the command line finds its API token, in order: --token-file, $FORNAX_TOKEN, then the
 * keychain entry the app saved when the user signed in.
 *
 * Only the first two are resolved here (synchronously); an empty result with no error means
 * "look in the keychain".
 */
class TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenSource)

public:
    struct Result
    {
        QByteArray token;
        QString origin; // "file", "environment"; never the token
        QString error;
        QString warning;
    };

    static Result fromFileOrEnvironment(const QString &tokenFile);
};

} // namespace fornax::cli
