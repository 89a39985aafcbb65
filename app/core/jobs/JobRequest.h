#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fornax {

/**
 * What the user asked to run: one notebook or script, how, and what happens at its end. Made by
 * the command line (and, later, the window) and turned into a job folder by JobScript::submit().
 */
struct JobRequest
{
    enum class Kind { Notebook, Python, Shell };

    QString id; // JobScript::newId()
    QString fileName; // the file to run, a plain name inside the job's work folder
    QByteArray content; // its bytes, sent inline with the submission; empty: uploaded already
    Kind kind = Kind::Notebook;
    QString kernel; // notebooks: the kernelspec name (checked against the server's list)
    QList<QPair<QString, QString>> parameters; // --param name=value, in order (papermill)
    QStringList inputs; // what else was uploaded into the work folder (the manifest)
    qint64 maxSeconds = 0; // the wrapper ends the job after this long; 0: no limit
    bool stopWhenDone = false;
    // The server keeps itself alive for the job (jupyter-keepalive): the wrapper ends that
    // keep-alive when the job ends and no other job runs.
    bool endKeepAlive = false;
    QByteArray stopToken; // for stopWhenDone: a token that may only stop this user's servers
    QString stopTokenId;
    QString serverSize; // the profile the server runs with, for the status and the ledger
    qint64 serverStarted = 0; // epoch seconds of the hub's `started` for the server

    // Kind from the file's suffix (.ipynb, .py, .sh); nullopt-like false for anything else.
    static bool kindOf(const QString &fileName, Kind *kind);
    static QString kindName(Kind kind);
};

} // namespace fornax
