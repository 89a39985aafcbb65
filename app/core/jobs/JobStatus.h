#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace fornax {

/**
 * One job as its status file on the server describes it (key=value lines written by the
 * submission and the wrapper, JobScript). Unknown keys are kept in `fields`, so a newer
 * wrapper's additions do not break an older reader.
 */
struct JobStatus
{
    Q_DECLARE_TR_FUNCTIONS(JobStatus)

public:
    enum class State { Starting, Running, Finished, Failed, Cancelled, TimedOut, ServerStopped, Unknown };

    QString id;
    State state = State::Unknown;
    QString file;
    QString kind;
    QString kernel;
    QString serverSize;
    QDateTime submitted;
    QDateTime started;
    QDateTime ended; // invalid while it runs
    int exitCode = -1; // -1: not ended, or killed before it could say
    bool stopWhenDone = false;
    QString stopResult; // what the wrapper did about the server at the end ("stopped", ...)
    QDateTime serverStoppedAt; // when the wrapper asked the hub to stop the server
    qint64 maxSeconds = 0;
    QMap<QString, QString> fields;

    static JobStatus parse(const QString &id, const QByteArray &text);
    static State stateFromName(const QString &name);
    static QString stateName(State state); // "running", "server-stopped", ...
    QString stateText() const; // for people, translated
    bool isActive() const { return state == State::Starting || state == State::Running; }
    // Seconds from start to end (or to now while it runs); -1 before it started.
    qint64 elapsedSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QJsonObject toJson(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

} // namespace fornax
