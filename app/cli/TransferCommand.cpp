#include "TransferCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "DataSize.h"
#include "ExitCode.h"
#include "Settings.h"
#include "account/CredentialStore.h"
#include "account/HubDirectory.h"
#include "account/HubEntry.h"
#include "archive/ArchiveError.h"
#include "hub/ActivityHolder.h"
#include "hub/HubClient.h"
#include "hub/KeepAlive.h"
#include "hub/ServerController.h"
#include "hub/ServerMonitor.h"
#include "transfer/TransferHolds.h"
#include "transfer/TransferJob.h"
#include "transfer/TransferJobFactory.h"
#include "transfer/TransferMethod.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace fornax::cli {

namespace {

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap result;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    if (seconds >= 3600)
        return QString::number(seconds / 3600) + QLatin1Char(':') + twoDigits((seconds / 60) % 60)
            + QLatin1Char(':') + twoDigits(seconds % 60);
    return QString::number(seconds / 60) + QLatin1Char(':') + twoDigits(seconds % 60);
}

} // namespace

CommandSpec TransferCommand::transferSpec()
{
    CommandSpec spec;
    spec.reach = CommandSpec::Reach::Server;
    spec.options = {
        serverOption(),
        {QStringList {OnConflictOption},
         tr("What to do with files that exist already: ask (default on a terminal), overwrite, skip, "
            "keep-both or skip-identical (same size and time; with --verify also the same SHA-256). "
            "Folders that exist on both sides are always merged, file by file; files that exist only at "
            "the destination are never deleted. A file against a folder is asked about on a terminal and "
            "otherwise both are kept; its answer \"replace\" moves the old item to the trash (on this "
            "computer) or renames it \"NAME (replaced DATE)\" (on the server), never deletes it."),
         tr("POLICY")},
        {QStringList {QStringLiteral("y"), YesOption},
         tr("Answer yes to questions (a large download's cost warning), for scripts. Never passes the "
            "monthly budget.")},
        {QStringList {StartOption}, tr("Start the server first if it is not running.")},
        {QStringList {VerifyOption}, tr("Also compare a SHA-256 checksum of every file.")},
        {QStringList {MethodOption},
         tr("How the bytes travel: archive (one tar + zstd stream, packed or unpacked on the server) "
            "or direct (downloads: each file as it is, from /files). Chosen per transfer by default; "
            "--verbose says which and why."),
         tr("WAY")},
        useTokenForServerOption(),
    };
    return spec;
}

QString TransferCommand::checkTransfer(const CommandLine &commandLine, const QString &example)
{
    if (commandLine.commandArguments().size() < 2)
        return tr("“%1” needs what to copy and, last, the folder to copy it into, e.g. “%1 %2”.")
            .arg(commandLine.command(), example);
    const QString policy = commandLine.value(OnConflictOption);
    if (commandLine.isSet(OnConflictOption) && !TransferConflict::policyFromName(policy))
        return tr("--on-conflict must be ask, overwrite, skip, keep-both or skip-identical, not “%1”.")
            .arg(policy);
    const QString method = commandLine.value(MethodOption);
    if (commandLine.isSet(MethodOption) && !TransferMethod::fromName(method))
        return tr("--method must be archive or direct, not “%1”.").arg(method);
    return {};
}

TransferCommand::TransferCommand(const CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{ }

TransferCommand::~TransferCommand() = default;

QStringList TransferCommand::sources() const
{
    return m_context.commandLine->commandArguments().mid(
        0, m_context.commandLine->commandArguments().size() - 1);
}

QString TransferCommand::destination() const
{
    return m_context.commandLine->commandArguments().constLast();
}

bool TransferCommand::stdinIsTerminal() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

void TransferCommand::run()
{
    CliOutput &out = *m_context.output;
    const ServerStatus status = m_context.monitor->status();
    if (status.state == ServerStatus::State::Running) {
        runJob(status.url);
        return;
    }
    if (!m_context.commandLine->isSet(StartOption)) {
        out.error(
            tr("Your server is not running. Start it with “fornax-desktop start” (or add --start) and try "
               "again."));
        Q_EMIT finished(ExitCode::ServerNotRunning);
        return;
    }
    out.line(tr("Starting your server first…"));
    m_controller = new ServerController(m_context.client, m_context.monitor, m_context.userName,
                                        m_context.commandLine->value(ServerOption), this);
    connect(m_controller, &ServerController::startProgressed, this,
            [&out](int percent, const QString &message) {
                out.progress(percent, message);
            });
    connect(m_controller, &ServerController::serverStarted, this, [this, &out](const QUrl &url) {
        out.endProgress();
        runJob(url);
    });
    connect(m_controller, &ServerController::startFailed, this, [this, &out](const HubError &error) {
        out.error(tr("The server did not start. %1").arg(error.message()));
        Q_EMIT finished(exitCodeFor(error));
    });
    m_controller->startServer({});
}

void TransferCommand::runJob(const QUrl &serverUrl)
{
    const CommandLine &commandLine = *m_context.commandLine;
    m_job = createJob(serverUrl);
    m_job->setTimings(m_context.timings);
    m_job->setServerStarted(m_context.monitor->status().started);
    m_job->setVerifyChecksums(commandLine.isSet(VerifyOption));
    m_job->setMethod(TransferMethod::fromName(commandLine.value(MethodOption)));
    m_job->setConflictPolicy(
        TransferConflict::policyFromName(commandLine.value(OnConflictOption)).value_or(ConflictPolicy::Ask));
    holdServer(serverUrl);
    connect(m_job, &TransferJob::progressed, this, &TransferCommand::showProgress);
    connect(m_job, &TransferJob::conflictsFound, this, &TransferCommand::askAboutConflicts);
    connect(m_job, &TransferJob::approvalNeeded, this, [this](qint64 bytes) {
        confirmDownload(m_job, bytes);
    });
    connect(m_job, &TransferJob::finished, this, &TransferCommand::jobFinished);

    m_sinceLine.start();
    m_elapsed.start();
    m_job->start();
}

TransferJob *TransferCommand::createJob(const QUrl &serverUrl)
{
    // As the window makes it (TransferJobFactory), with the SSH access saved for this hub if any.
    Settings settings;
    const HubDirectory directory(&settings, m_context.client->network());
    const auto entry = directory.confirmedHub(m_context.client->hub());
    const TransferJobFactory factory(m_context.client, settings, entry ? entry->id : QString(),
                                     new CredentialStore(this));
    return factory.create(direction(), serverUrl, sources(), destination(), this);
}

void TransferCommand::holdServer(const QUrl &serverUrl)
{
    // As in the app: the server is kept from idling out while the transfer runs (unless the user
    // switched that off), for no longer than the transfer needs and never past the hub's limit.
    Settings settings;
    if (!settings.keepAliveDuringWork())
        return;
    const HubDirectory directory(&settings, m_context.client->network());
    const auto entry = directory.confirmedHub(m_context.client->hub());
    auto *keepAlive = new KeepAlive(m_context.client, this);
    m_keepAlive = keepAlive;
    keepAlive->setServerUrl(serverUrl);
    connect(m_context.monitor, &ServerMonitor::statusChanged, keepAlive, &KeepAlive::updateStatus);
    auto *holder = new ActivityHolder(keepAlive, keepAlive);
    if (entry)
        holder->setMaxServerAge(std::chrono::hours(settings.maxServerHours(entry->id)));
    holder->updateStatus(m_context.monitor->status());
    TransferHolds::track(holder, m_job);
}

void TransferCommand::finishWith(int exitCode)
{
    // The hold on the server ends with the job; the server hears it before the command exits
    // (or the server's keep-alive would outlive the transfer until its bound).
    if (!m_keepAlive || !m_keepAlive->hasPendingRequest()) {
        Q_EMIT finished(exitCode);
        return;
    }
    auto *once = new QObject(this);
    const auto done = [this, once, exitCode] {
        delete once;
        Q_EMIT finished(exitCode);
    };
    connect(m_keepAlive, &KeepAlive::requestsSettled, once, done);
    QTimer::singleShot(5'000, once, done);
}

void TransferCommand::interrupt()
{
    if (!m_job) {
        CliCommand::interrupt(); // still waiting for the server: nothing of ours on it yet
        return;
    }
    if (m_job->isDone())
        return;
    if (!m_job->isCancellable()) {
        // Placed already: only the clean-up of the server's temporary files is left.
        if (m_job->error() == TransferJob::Error::None)
            m_context.output->error(tr("Too late to cancel: everything is in place; removing the temporary "
                                       "files on your server…"));
        return;
    }
    m_context.output->error(tr("Cancelling: removing the temporary files on your server…"));
    m_job->cancel();
}

void TransferCommand::confirmDownload(TransferJob *job, qint64)
{
    job->approve();
}

void TransferCommand::jobEnded(const TransferJob *) { }

int TransferCommand::failureExitCode(const TransferJob *job) const
{
    switch (job->error()) {
    case TransferJob::Error::Network:
        return ExitCode::HubUnreachable;
    case TransferJob::Error::Forbidden:
        return ExitCode::NotSignedIn; // a permission problem: sign in again
    default:
        return ExitCode::Failed;
    }
}

void TransferCommand::askAboutConflicts()
{
    CliOutput &out = *m_context.output;
    const QList<TransferConflict> conflicts = m_job->conflictsToAnswer();
    const bool upload = m_job->direction() == TransferJob::Direction::Upload;
    if (!stdinIsTerminal() || m_context.commandLine->json()) {
        // A script said what to do (--on-conflict): a file against a folder keeps both.
        if (m_job->conflictPolicy() != ConflictPolicy::Ask) {
            QHash<int, ConflictPolicy> answers;
            for (const TransferConflict &conflict : conflicts)
                answers.insert(conflict.id, ConflictPolicy::KeepBoth);
            out.line(tr("%n file(s) meet a folder of the same name (or the reverse); both are kept.", nullptr,
                        int(conflicts.size())));
            m_job->resolveConflicts(answers);
            return;
        }
        constexpr qsizetype Shown = 10;
        QStringList names;
        for (qsizetype i = 0; i < std::min(conflicts.size(), Shown); ++i)
            names.append(CliOutput::visible(ArchiveError::displayName(conflicts.at(i).name)));
        QString list = names.join(QStringLiteral(", "));
        if (conflicts.size() > Shown)
            list += QLatin1Char(' ') + tr("and %n more", nullptr, int(conflicts.size() - Shown));
        out.error(tr("These names exist already: %1. Nothing was copied. Say what to do with --on-conflict "
                     "(overwrite, skip, keep-both or skip-identical); folders are merged either way.")
                      .arg(list));
        m_job->cancel();
        return;
    }
    QHash<int, ConflictPolicy> answers;
    std::optional<ConflictPolicy> forAll;
    QTextStream in(stdin);
    QTextStream tty(stdout);
    const QLocale locale;
    tty << tr("Folders that exist on both sides are merged; files that exist only at the destination are "
              "never deleted.")
        << '\n';
    for (const TransferConflict &conflict : conflicts) {
        if (forAll && conflict.answers().contains(*forAll)) {
            answers.insert(conflict.id, *forAll);
            continue;
        }
        const auto side = [&](bool folder, qint64 bytes, const ArchiveTotals &totals, const QDateTime &when) {
            const QString size = folder
                ? tr("a folder with %n file(s), %1", nullptr, int(totals.files)).arg(DataSize::format(bytes))
                : DataSize::format(bytes);
            return tr("%1, %2").arg(size, locale.toString(when, QLocale::ShortFormat));
        };
        tty << tr("“%1” exists already (there: %2; new: %3).")
                   .arg(CliOutput::visible(ArchiveError::displayName(conflict.name)),
                        side(conflict.existingIsFolder, conflict.existingSize, conflict.existingTotals,
                             conflict.existingModified),
                        side(conflict.incomingIsFolder, conflict.incomingSize, conflict.incomingTotals,
                             conflict.incomingModified))
            << '\n';
        const std::optional<Answer> answer =
            ask(in, tty, conflict.kind == TransferConflict::Kind::TypeClash, conflict.replaceText(upload));
        if (!answer) {
            // Ctrl+D: no answer is not "skip all"; guessing could drop or overwrite work.
            out.error(tr("The input ended before every name had an answer, so nothing was copied. Run the "
                         "command again and answer each question, or say what to do with --on-conflict."));
            m_job->cancel();
            return;
        }
        const ConflictPolicy policy = answer->policy;
        if (answer->forAll)
            forAll = policy;
        answers.insert(conflict.id, policy);
    }
    m_job->resolveConflicts(answers);
}

std::optional<TransferCommand::Answer> TransferCommand::ask(QTextStream &in, QTextStream &tty, bool clash,
                                                            const QString &replaceText) const
{
    // The letters each question accepts, and what each means.
    const QList<std::pair<QChar, ConflictPolicy>> choices = clash
        ? QList<std::pair<QChar, ConflictPolicy>> {{u's', ConflictPolicy::Skip},
                                                   {u'k', ConflictPolicy::KeepBoth},
                                                   {u'r', ConflictPolicy::Replace}}
        : QList<std::pair<QChar, ConflictPolicy>> {{u'o', ConflictPolicy::Overwrite},
                                                   {u's', ConflictPolicy::Skip},
                                                   {u'k', ConflictPolicy::KeepBoth},
                                                   {u'i', ConflictPolicy::SkipIdentical}};
    if (clash)
        tty << QStringLiteral("  ") << replaceText << '\n';
    for (;;) {
        if (clash)
            tty << tr("  [s]kip, [k]eep both, [r]eplace; capital letter: for all the rest [s]: ");
        else
            tty << tr("  [o]verwrite, [s]kip, [k]eep both, skip if [i]dentical; capital letter: for all the "
                      "rest [s]: ");
        tty.flush();
        const QString line = in.readLine();
        if (line.isNull())
            return std::nullopt;
        const QString answer = line.trimmed();
        if (answer.isEmpty())
            return Answer {ConflictPolicy::Skip, false};
        for (const auto &[letter, policy] : choices) {
            if (answer.at(0).toLower() == letter)
                return Answer {policy, answer.at(0).isUpper()};
        }
        // An unknown answer ("y", a typo) must not count as skip: ask again.
        tty << (clash ? tr("  Please answer s, k or r (or press Enter to skip).")
                      : tr("  Please answer o, s, k or i (or press Enter to skip)."))
            << '\n';
    }
}

void TransferCommand::showProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    // A log gets a line every 10 % or 10 seconds (and 100 % once: the job reports the end of
    // sending and of unpacking), a terminal a live bar.
    const bool reachedEnd = percent == 100 && m_lastPercent != 100;
    if (!terminal && !m_context.commandLine->json() && percent / 10 == m_lastPercent / 10
        && m_sinceLine.elapsed() < 10'000 && !reachedEnd)
        return;
    if (terminal && percent == m_lastPercent && m_sinceLine.elapsed() < 500)
        return;
    m_lastPercent = percent;
    m_sinceLine.restart();
    const QLocale locale;
    m_context.output->progress(percent,
                               tr("%1 of %2, %3/s, %4 left")
                                   .arg(DataSize::format(done), DataSize::format(total),
                                        DataSize::format(qint64(m_job->bytesPerSecond())),
                                        duration(m_job->secondsLeft())));
}

QString TransferCommand::doneText(const TransferJob *job) const
{
    // A summary stays readable however many items it names: ten of each kind, then how many more.
    constexpr qsizetype Named = 10;
    // (Explicit QString results: a QStringBuilder returned from a lambda would dangle.)
    const auto more = [](qsizetype count) -> QString {
        if (count <= Named)
            return {};
        return QLatin1Char(' ') + tr("and %n more", nullptr, int(count - Named));
    };
    const auto shown = [&more](const QStringList &names) -> QString {
        QStringList result;
        for (const QString &name : names.mid(0, Named))
            result.append(QStringLiteral("“") + ArchiveError::displayName(name) + QStringLiteral("”"));
        return result.join(QStringLiteral(", ")) + more(names.size());
    };
    const auto pairs = [&more](const QMap<QString, QString> &map, const QString &sentence) -> QString {
        QString listed;
        qsizetype count = 0;
        for (auto it = map.cbegin(); it != map.cend() && count < Named; ++it, ++count)
            listed += QLatin1Char(' ')
                + sentence.arg(ArchiveError::displayName(it.key()), ArchiveError::displayName(it.value()));
        return map.size() > Named ? listed + more(map.size()) + QLatin1Char('.') : listed;
    };
    QString text = doneHeadline(job);
    if (!job->placedNames().isEmpty())
        text += tr(" as %1").arg(shown(job->placedNames()));
    text += QLatin1Char('.');
    if (!job->skippedNames().isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(shown(job->skippedNames()));
    if (job->skippedFiles() > 0)
        text += QLatin1Char(' ')
            + tr("%n file(s) in merged folders stayed as they were.", nullptr, int(job->skippedFiles()));
    text += pairs(job->renamed(), tr("“%1” was kept and the new one is “%2”."));
    text += pairs(job->replaced(), tr("“%1” was replaced; the old one is now “%2”."));
    if (!job->leftOut().isEmpty())
        text +=
            QLatin1Char(' ') + tr("Not copied (never copied by this app): %1.").arg(shown(job->leftOut()));
    return text;
}

void TransferCommand::jobFinished()
{
    CliOutput &out = *m_context.output;
    out.endProgress();
    if (!m_job->sshFallbackReason().isEmpty())
        out.error(tr("SSH was not used, the transfer went through the hub instead: %1")
                      .arg(m_job->sshFallbackReason()));
    const QJsonObject base {
        {QStringLiteral("direction"),
         m_job->direction() == TransferJob::Direction::Upload ? QStringLiteral("upload")
                                                              : QStringLiteral("download")},
        {QStringLiteral("placed"), QJsonArray::fromStringList(m_job->placedNames())},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(m_job->skippedNames())},
        {QStringLiteral("left_out"), QJsonArray::fromStringList(m_job->leftOut())},
        {QStringLiteral("skipped_files"), m_job->skippedFiles()},
        {QStringLiteral("renamed"), QJsonObject::fromVariantMap(toVariantMap(m_job->renamed()))},
        {QStringLiteral("replaced"), QJsonObject::fromVariantMap(toVariantMap(m_job->replaced()))},
        {QStringLiteral("files"), m_job->totals().files},
        {QStringLiteral("bytes"), m_job->totals().bytes},
        {QStringLiteral("archive_bytes"), m_job->archiveSize()},
        {QStringLiteral("seconds"), double(m_elapsed.elapsed()) / 1000.0},
    };
    jobEnded(m_job);
    if (m_job->state() == TransferJob::State::Finished) {
        out.line(doneText(m_job));
        QJsonObject event = base;
        event.insert(QStringLiteral("event"), QStringLiteral("done"));
        out.json(event);
        finishWith(m_job->completedWithSkips() ? ExitCode::CompletedWithSkips : ExitCode::Success);
        return;
    }
    QJsonObject event = base;
    event.insert(QStringLiteral("event"), QStringLiteral("failed"));
    event.insert(QStringLiteral("message"), m_job->errorString());
    // A stable word for scripts ("network", "no-space", "declined"...): the message is translated.
    event.insert(QStringLiteral("reason"), TransferJob::errorName(m_job->error()));
    out.json(event);
    const TransferJob::Error error = m_job->error();
    if (error == TransferJob::Error::Network || error == TransferJob::Error::Server) {
        finishAfterServerCheck();
        return;
    }
    finishFailed();
}

void TransferCommand::finishFailed()
{
    if (!m_context.commandLine->json() || m_job->state() == TransferJob::State::Failed)
        m_context.output->error(m_job->errorString());
    finishWith(failureExitCode(m_job));
}

void TransferCommand::finishAfterServerCheck()
{
    // A connection cut or a failed step may be the server stopping under the transfer (culled,
    // stopped from a browser, out of memory), not the network or the job: the hub says which,
    // and a script learns it from the exit code (5) rather than "hub unreachable" (4).
    auto *waiter = new QObject(this);
    const auto decide = [this, waiter](bool serverStopped) {
        delete waiter; // one answer: the others are disconnected with it
        if (!serverStopped) {
            finishFailed();
            return;
        }
        m_context.output->error(
            tr("Your server stopped during the transfer, so the transfer did not finish. Start the "
               "server (“fornax-desktop start”, or add --start) and run the command again."));
        finishWith(ExitCode::ServerNotRunning);
    };
    connect(m_context.monitor, &ServerMonitor::polled, waiter, [decide](const ServerStatus &status) {
        decide(status.state != ServerStatus::State::Running);
    });
    connect(m_context.monitor, &ServerMonitor::pollFailed, waiter, [decide] {
        decide(false);
    });
    QTimer::singleShot(10'000, waiter, [decide] {
        decide(false);
    });
    m_context.monitor->refresh();
}

} // namespace fornax::cli
