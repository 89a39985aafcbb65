#include "NameMatrix.h"

#include <QStringList>

namespace fornax::test {

QList<NameMatrix::Name> NameMatrix::names()
{
    // 251 ASCII letters and ".txt": 255 bytes, the longest name Linux allows.
    const QString longest = QString(251, QLatin1Char('n')) + QStringLiteral(".txt");
    return {
        {QStringLiteral("run%1"), "a Qt placeholder: chained arg() made it run3"},
        {QStringLiteral("results%2F2024"), "a placeholder and a URL escape"},
        {QStringLiteral(" leading space"), "trimmed by QString::trimmed()"},
        {QStringLiteral("trailing space "), "trimmed: \"old \" became \"old\""},
        {QStringLiteral("back\\slash"), "one backslash: echo and tar interpret it"},
        {QStringLiteral("data\\raw.csv"), "tar unquoted \\r on its command line"},
        {QStringLiteral("back\\nslash"), "backslash-n: tar made it a newline"},
        {QStringLiteral("octal\\101"), "tar and printf %b read \\101 as \"A\""},
        {QStringLiteral("new\nline"), "a newline: line-based output breaks"},
        {QStringLiteral("carriage\rreturn"), "a carriage return: terminals eat it"},
        {QStringLiteral("tab\there"), "a tab: word splitting"},
        {QStringLiteral("esc\x1b[2Jclear"), "a terminal escape sequence"},
        {QStringLiteral("it's"), "a single quote: shell quoting"},
        {QStringLiteral("say \"hi\""), "double quotes"},
        {QStringLiteral("$(touch pwned)"), "command substitution"},
        {QStringLiteral("`touch pwned2`"), "backticks"},
        {QStringLiteral("a;b"), "a command separator"},
        {QStringLiteral("-leading-dash"), "read as an option"},
        {QStringLiteral("star*"), "a glob"},
        {QStringLiteral("Caf\u00e9"), "NFC form"},
        {QStringLiteral("Cafe\u0301"), "NFD form of the same word: a different name"},
        {longest, "255 bytes"},
        {QStringLiteral("\U0001F52D telescope"), "an emoji (4 bytes in UTF-8, a surrogate pair in QString)"},
    };
}

QStringList NameMatrix::all()
{
    QStringList result;
    for (const Name &name : names())
        result.append(name.name);
    return result;
}

} // namespace fornax::test
