#include "CommandHelp.h"

#include <QStringList>

#include <algorithm>

namespace fornax::cli {

namespace {

// Qt's --help wraps at this width too.
constexpr int Width = 79;
constexpr int Indent = 2;
constexpr int Gap = 2;
// A name wider than this puts its text on the next line, so the texts keep a usable width.
constexpr int OptionNameWidth = 26;
constexpr int CommandNameWidth = 12;

QString sameOptions(const CommandSpec &spec)
{
    QStringList names;
    for (const QCommandLineOption &option : spec.options)
        names << option.names().constLast();
    return names.join(u' ');
}

} // namespace

QString CommandHelp::optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <%1>").arg(option.valueName());
    return syntax;
}

QString CommandHelp::wrap(const QString &text, int indent, bool hangFirst)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > Width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    const QString margin(indent, u' ');
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i)
        result += (lines.at(i).isEmpty() || (i == 0 && hangFirst) ? QString() : margin) + lines.at(i) + u'\n';
    return result;
}

QString CommandHelp::columns(const QList<QPair<QString, QString>> &rows, int maxNameWidth)
{
    int nameWidth = 0;
    for (const auto &[name, text] : rows) {
        if (name.size() <= maxNameWidth)
            nameWidth = std::max(nameWidth, int(name.size()));
    }
    const int textColumn = Indent + nameWidth + Gap;
    QString result;
    for (const auto &[name, text] : rows) {
        QString head = QString(Indent, u' ') + name;
        if (name.size() > nameWidth) {
            result += head + u'\n' + wrap(text, textColumn, false);
            continue;
        }
        head += QString(textColumn - int(head.size()), u' ');
        result += head + wrap(text, textColumn, true);
    }
    return result;
}

QString CommandHelp::optionList(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.append({optionSyntax(option), option.description()});
    return columns(rows, OptionNameWidth);
}

QString CommandHelp::commandList(const QList<CommandSpec> &specs)
{
    QList<QPair<QString, QString>> rows;
    for (const CommandSpec &spec : specs)
        rows.append({spec.syntax.isEmpty() ? spec.name : spec.name + u' ' + spec.syntax, spec.summary});
    return columns(rows, CommandNameWidth);
}

QString CommandHelp::optionsByCommand(const QList<CommandSpec> &specs)
{
    QString result;
    QStringList done;
    for (const CommandSpec &spec : specs) {
        if (spec.options.isEmpty() || done.contains(sameOptions(spec)))
            continue;
        done << sameOptions(spec);
        QStringList sharing;
        for (const CommandSpec &other : specs) {
            if (sameOptions(other) == sameOptions(spec))
                sharing << other.name;
        }
        result += u'\n' + tr("Options of %1:").arg(sharing.join(QStringLiteral(", "))) + u'\n'
            + optionList(spec.options);
    }
    return result;
}

QString CommandHelp::forCommand(const CommandSpec &spec, const QList<QCommandLineOption> &globalOptions)
{
    QString usage = QStringLiteral("fornax-desktop %1 %2").arg(spec.name, tr("[options]"));
    if (!spec.syntax.isEmpty())
        usage += u' ' + spec.syntax;
    QString text = tr("Usage: %1").arg(usage) + QStringLiteral("\n\n")
        + wrap(spec.description.isEmpty() ? spec.summary : spec.description, 0, false);
    if (!spec.options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + optionList(spec.options);
    text += u'\n' + tr("Options of every command:") + u'\n' + optionList(globalOptions);
    return text;
}

} // namespace fornax::cli
