#include "FaultPoint.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <csignal>
#include <unistd.h>

namespace fornax {

namespace {

struct Fault
{
    QByteArray where;
    int step = 0;
    bool pause = false;
};

Fault configured()
{
    const QList<QByteArray> parts = qgetenv("FORNAX_TEST_FAULT").split(':');
    Fault fault;
    if (parts.size() < 2)
        return fault;
    bool ok = false;
    fault.where = parts.at(0);
    fault.step = parts.at(1).toInt(&ok);
    if (!ok || fault.step <= 0)
        return {};
    fault.pause = parts.size() > 2 && parts.at(2) == "pause";
    return fault;
}

} // namespace

QString FaultPoint::shellFunction(const QString &where)
{
    const Fault fault = configured();
    if (fault.step <= 0 || QString::fromUtf8(fault.where) != where)
        return QStringLiteral("fp() { :; }\n");
    const QString step = QString::number(fault.step);
    if (!fault.pause)
        return QStringLiteral("fp() { [ \"$1\" = ") + step
            + QStringLiteral(" ] || return 0; kill -KILL $$; }\n");
    return QStringLiteral("fp() {\n"
                          "  [ \"$1\" = ")
        + step
        + QStringLiteral(" ] || return 0\n"
                         "  printf '%s\\n' \"$$\" > \"$J/fault-$1.tmp\" && mv -f -- \"$J/fault-$1.tmp\" "
                         "\"$J/fault-$1\"\n"
                         "  while [ -e \"$J/fault-$1\" ]; do sleep 0.05; done\n"
                         "}\n");
}

void FaultPoint::hit(const char *where, int step)
{
    static const Fault fault = configured();
    if (fault.step != step || fault.where != where)
        return;
    ::kill(::getpid(), SIGKILL);
}

} // namespace fornax
