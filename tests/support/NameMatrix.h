#pragma once

#include <QList>
#include <QString>

namespace fornax::test {

/**
 * The hostile names every path of the transfer engine must carry byte for byte (issue 16's name
 * matrix; tests/README.md has the table of which test runs them through what). Each was chosen
 * because it broke something or easily could: Qt's arg() placeholders, shell quoting, tar's
 * unquoting, dash's echo, trimming, Unicode normalisation, terminal escapes, length limits.
 */
class NameMatrix
{
public:
    struct Name
    {
        QString name;
        const char *why;
    };
    static QList<Name> names();
    // Just the names.
    static QStringList all();
};

} // namespace fornax::test
