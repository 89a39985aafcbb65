#include "DownloadJob.h"

#include "ArchiveExtractor.h"
#include "BoundedBuffer.h"
#include "ChecksumManifest.h"
#include "ContentsTransport.h"
#include "Logging.h"
#include "SshError.h"
#include "SshTransport.h"
#include "StreamScript.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

using namespace std::chrono_literals;

namespace fornax {

namespace {

// What a local item holds, counted as the archive counts (links apart, not followed).
ArchiveTotals localTotals(const QFileInfo &info)
{
    ArchiveTotals totals;
    if (info.isSymLink()) {
        totals.symlinks = 1;
        return totals;
    }
    if (info.isFile()) {
        totals.files = 1;
        totals.bytes = info.size();
        return totals;
    }
    totals.folders = 1;
    QDirIterator it(info.filePath(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        if (entry.isSymLink())
            ++totals.symlinks;
        else if (entry.isDir())
            ++totals.folders;
        else if (entry.isFile()) {
            ++totals.files;
            totals.bytes += entry.size();
        }
    }
    return totals;
}

} // namespace

DownloadJob::DownloadJob(HubClient *client, const QUrl &serverUrl, const QStringList &remotePaths,
                         const QString &localFolder, QObject *parent)
    : TransferJob(Direction::Download, client, serverUrl, QFileInfo(localFolder).absoluteFilePath(), parent)
{
    for (const QString &path : remotePaths) {
        const QString relative = RemoteScript::relativeToHome(path);
        m_paths.append(relative);
        m_names.append(relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1));
    }
}

DownloadJob::~DownloadJob()
{
    stopWork();
}

QString DownloadJob::title() const
{
    return titleFor(m_names);
}

QString DownloadJob::archiveName() const
{
    return QStringLiteral("download") + m_format.suffix();
}

void DownloadJob::begin()
{
    m_items.clear();
    m_sending.clear();
    m_expected = {};
    m_remoteSums.clear();
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        if (m_names[i].isEmpty() || m_names[i] == QLatin1String("..")) {
            fail(Error::NotFound,
                 tr("“%1” cannot be downloaded on its own: choose the files or folders inside it.")
                     .arg(m_paths[i].isEmpty() ? tr("your home folder") : m_paths[i]));
            return;
        }
    }
    if (!checkDistinctNames(m_names))
        return;
    runScript(RemoteScript::probe(id(), QString()), 60s,
              tr("Could not prepare your server for the download."), [this](const QByteArray &output) {
                  probed(output);
              });
}

void DownloadJob::probed(const QByteArray &output)
{
    const RemoteScript::Probe probe = RemoteScript::parseProbe(output);
    if (!probe.ok) {
        fail(Error::Server,
             tr("Your server did not answer the transfer's questions (free space, tar). "
                "Check that a terminal can be opened in JupyterLab."));
        return;
    }
    m_format = ArchiveFormat(m_forcedCompression.value_or(probe.compression));
    runScript(RemoteScript::statItems(QString(), m_paths), 10min,
              tr("Could not measure the items on your server."), [this](const QByteArray &out) {
                  itemsStated(out);
              });
}

void DownloadJob::itemsStated(const QByteArray &output)
{
    m_items = RemoteScript::parseItems(output);
    for (int i = 0; i < m_paths.size(); ++i) {
        if (!m_items.contains(i)) {
            fail(Error::NotFound,
                 tr("“%1” does not exist on your server. Check the name (paths start in your home "
                    "folder).")
                     .arg(m_paths[i]));
            return;
        }
        if (m_items.value(i).type == RemoteScript::ItemType::Other) {
            fail(Error::Archive,
                 tr("“%1” on your server is not a file or folder and cannot be downloaded.").arg(m_paths[i]));
            return;
        }
    }
    m_conflicts.clear();
    const QDir target(m_target);
    for (int i = 0; i < m_paths.size(); ++i) {
        const QFileInfo local(target.filePath(m_names[i]));
        if (!local.exists() && !local.isSymLink())
            continue;
        const RemoteScript::Item item = m_items.value(i);
        TransferConflict conflict;
        conflict.index = i;
        conflict.name = m_names[i];
        conflict.existingIsFolder = local.isDir() && !local.isSymLink();
        conflict.existingTotals = localTotals(local);
        conflict.existingSize = conflict.existingTotals.bytes;
        conflict.existingModified = local.lastModified();
        conflict.incomingIsFolder = item.type == RemoteScript::ItemType::Folder;
        conflict.incomingTotals = item.totals;
        conflict.incomingSize = item.size;
        conflict.incomingModified = QDateTime::fromSecsSinceEpoch(item.mtime);
        m_conflicts.append(conflict);
    }
    if (resolveByPolicy()) {
        conflictsResolved();
        return;
    }
    setState(State::WaitingForAnswer);
    Q_EMIT conflictsFound(m_conflicts);
}

void DownloadJob::conflictsResolved()
{
    m_sending.clear();
    m_skipped.clear();
    m_expected = {};
    QStringList paths;
    for (int i = 0; i < m_paths.size(); ++i) {
        if (m_resolution.value(i, ConflictPolicy::KeepBoth) == ConflictPolicy::Skip) {
            m_skipped.append(m_names[i]);
            continue;
        }
        m_sending.append(i);
        paths.append(m_paths[i]);
        m_expected += m_items.value(i).totals;
    }
    if (m_sending.isEmpty()) {
        succeed();
        return;
    }
    if (!QDir().mkpath(m_target)) {
        fail(Error::NoSpace,
             tr("Could not create the folder “%1”. Check that you may write there.").arg(m_target));
        return;
    }
    const QStorageInfo storage(m_target);
    if (storage.isValid() && m_expected.bytes > storage.bytesAvailable()) {
        fail(Error::NoSpace,
             tr("This download needs %1 in “%2”, but only %3 is free there. Free some space (or "
                "download less) and try again.")
                 .arg(sizeText(m_expected.bytes), m_target, sizeText(storage.bytesAvailable())));
        return;
    }
    if (usesSsh()) {
        // Packed while it streams, after the approval: its size cannot be known before, only
        // bounded from the measured items.
        m_archiveSize = StreamScript::streamBound(m_expected);
        qCInfo(lcTransfer) << "job" << id() << "will stream" << m_expected.files << "files over SSH, at most"
                           << m_archiveSize << "bytes";
        measuredForApproval();
        return;
    }
    runScript(RemoteScript::pack(id(), paths, archiveName(), m_format), 6h,
              tr("Packing the items on your server failed."), [this](const QByteArray &output) {
                  packed(output);
              });
}

void DownloadJob::packed(const QByteArray &output)
{
    const auto size = RemoteScript::parseArchiveSize(output);
    if (!size || *size <= 0) {
        fail(Error::Server,
             tr("Your server packed the items but did not say how big the archive is. Try again."));
        return;
    }
    m_archiveSize = *size;
    qCInfo(lcTransfer) << "job" << id() << "packed" << m_expected.files << "files into" << *size << "bytes";
    measuredForApproval();
}

void DownloadJob::measuredForApproval()
{
    if (!verifiesChecksums()) {
        requestApproval(m_archiveSize);
        return;
    }
    QStringList paths;
    for (int i : std::as_const(m_sending))
        paths.append(m_paths[i]);
    runScript(RemoteScript::checksums(paths), 2h, tr("Computing checksums on your server failed."),
              [this](const QByteArray &out) {
                  m_remoteSums = RemoteScript::parseChecksums(out);
                  requestApproval(m_archiveSize);
              });
}

void DownloadJob::approved()
{
    setState(State::Transferring);
    setProgress(0, m_archiveSize);

    QHash<QString, ArchiveExtractor::ConflictAction> actions;
    for (auto it = m_resolution.cbegin(); it != m_resolution.cend(); ++it) {
        actions.insert(m_names.value(it.key()),
                       it.value() == ConflictPolicy::Overwrite ? ArchiveExtractor::ConflictAction::Overwrite
                                                               : ArchiveExtractor::ConflictAction::KeepBoth);
    }
    m_buffer = std::make_unique<BoundedBuffer>();
    m_extractor = std::make_unique<ArchiveExtractor>(m_buffer.get(), m_target);
    // Runs on the extractor's thread: only the copied map is touched. A name that appeared
    // since the check is kept beside the old one, never over it.
    m_extractor->setConflictPolicy([actions](const ArchiveExtractor::Conflict &conflict) {
        return actions.value(conflict.name, ArchiveExtractor::ConflictAction::KeepBoth);
    });
    m_extractor->setExpectedTotals(m_expected);
    connect(m_extractor.get(), &ArchiveTask::finished, this, &DownloadJob::extracted, Qt::QueuedConnection);

    if (usesSsh()) {
        QStringList paths;
        for (int i : std::as_const(m_sending))
            paths.append(m_paths[i]);
        // The compressed size is unknown until the end: progress counts the file data extracted,
        // which gives a true rate and time left.
        setProgress(0, m_expected.bytes);
        connect(m_extractor.get(), &ArchiveTask::progressed, this, [this](qint64 bytesDone, qint64) {
            if (state() == State::Transferring)
                setProgress(bytesDone, m_expected.bytes);
        });
        m_sshTransport = new SshTransport(sshSession(), this);
        connect(m_sshTransport, &SshTransport::transferFailed, this, &DownloadJob::transportFailed);
        m_extractor->start();
        m_sshTransport->download(RemoteScript::command(StreamScript::pack(paths, m_format)), m_buffer.get(),
                                 m_archiveSize);
        return;
    }

    m_transport = new ContentsTransport(client(), serverUrl(), this);
    connect(m_transport, &ContentsTransport::progressed, this, [this](qint64 done, qint64) {
        setProgress(done, m_archiveSize);
    });
    connect(m_transport, &ContentsTransport::transferFailed, this, &DownloadJob::transportFailed);
    m_extractor->start();
    m_transport->download(RemoteScript::jobFolder(id()) + QLatin1Char('/') + archiveName(), m_buffer.get(),
                          m_archiveSize);
}

void DownloadJob::transportFailed(const HubError &error, const QString &message)
{
    // An extractor that refused the archive aborts the stream: its reason is the one to show.
    if (m_extractor && m_extractor->wait(QDeadlineTimer(2000)) && m_extractor->error()
        && m_extractor->error().kind() != ArchiveError::Kind::StreamFailed) {
        extracted();
        return;
    }
    if (m_sshTransport) {
        fail(errorForSsh(m_sshTransport->error()), message);
        return;
    }
    fail(error.kind() == HubError::Kind::Cancelled ? Error::Cancelled : Error::Network, message);
}

void DownloadJob::extracted()
{
    if (!m_extractor || isDone() || state() != State::Transferring)
        return;
    const ArchiveError error = m_extractor->error();
    if (error) {
        Error kind = Error::Archive;
        if (error.kind() == ArchiveError::Kind::Incomplete)
            kind = Error::Verification;
        else if (error.kind() == ArchiveError::Kind::StreamFailed)
            kind = Error::Network;
        else if (error.kind() == ArchiveError::Kind::Cancelled)
            kind = Error::Cancelled;
        fail(kind, error.message());
        return;
    }
    m_totals = m_extractor->extracted();
    if (m_sshTransport) // what really crossed the wire, for the egress ledger
        m_archiveSize = m_buffer->bytesWritten();
    m_placed.clear();
    for (const ArchiveExtractor::Placement &placement : m_extractor->placements()) {
        if (placement.skipped)
            m_skipped.append(placement.name);
        else
            m_placed.append(placement.placedAs);
    }
    const qint64 total = m_sshTransport ? m_expected.bytes : m_archiveSize;
    setProgress(total, total);
    setState(State::Finishing);
    if (verifiesChecksums())
        verifyChecksums();
    else
        succeed();
}

void DownloadJob::verifyChecksums()
{
    // The server's sums are keyed by the remote names; the local files may have been placed
    // under another name (keep both).
    QStringList items;
    QStringList names;
    for (const ArchiveExtractor::Placement &placement : m_extractor->placements()) {
        if (placement.skipped)
            continue;
        items.append(QDir(m_target).filePath(placement.placedAs));
        names.append(placement.name);
    }
    auto sums = std::make_shared<QHash<QString, QByteArray>>();
    QThread *thread = QThread::create([sums, items, names] {
        *sums = ChecksumManifest::compute(items, names);
    });
    const QString runId = id();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, sums, runId] {
        if (runId != id() || isDone())
            return;
        const QStringList differing = ChecksumManifest::differences(*sums, m_remoteSums);
        if (!differing.isEmpty()) {
            fail(Error::Verification,
                 tr("%n downloaded file(s) differ from the server's, for example “%1”. Download "
                    "again.",
                    nullptr, int(differing.size()))
                     .arg(differing.constFirst()));
            return;
        }
        succeed();
    });
    thread->start();
}

void DownloadJob::stopWork()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->cancel();
        m_transport->deleteLater();
        m_transport = nullptr;
    }
    if (m_sshTransport) {
        m_sshTransport->disconnect(this);
        m_sshTransport->cancel(); // closes the channel at once; tar on the server gets SIGTERM
        m_sshTransport->deleteLater();
        m_sshTransport = nullptr;
    }
    if (m_buffer)
        m_buffer->abort(tr("The download was stopped."));
    if (m_extractor) {
        m_extractor->disconnect(this);
        m_extractor->cancel();
        m_extractor->wait();
    }
    m_extractor.reset();
    m_buffer.reset();
}

} // namespace fornax
