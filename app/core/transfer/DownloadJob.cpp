#include "DownloadJob.h"

#include "BoundedBuffer.h"
#include "Logging.h"
#include "archive/ArchiveExtractor.h"
#include "transfer/ChecksumManifest.h"
#include "transfer/NameList.h"
#include "transfer/RemotePacking.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStorageInfo>

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

TreeEntry::Type localType(const QFileInfo &info)
{
    if (info.isSymLink())
        return TreeEntry::Type::Link;
    if (info.isDir())
        return TreeEntry::Type::Folder;
    if (info.isFile())
        return TreeEntry::Type::File;
    return TreeEntry::Type::Other;
}

TreeEntry::Type remoteType(RemoteScript::ItemType type)
{
    switch (type) {
    case RemoteScript::ItemType::Folder:
        return TreeEntry::Type::Folder;
    case RemoteScript::ItemType::Link:
        return TreeEntry::Type::Link;
    case RemoteScript::ItemType::File:
        return TreeEntry::Type::File;
    default:
        return TreeEntry::Type::Other;
    }
}

// What the script's paths start with for an item ("./a/b/" for "a/b/c", "/x/" for "/x/c").
QString prefixOf(const QString &relative)
{
    QString parent = RemoteScript::parentOf(relative);
    if (parent.isEmpty())
        return QStringLiteral("./");
    if (parent == QLatin1String("/"))
        return parent;
    return (parent.startsWith(QLatin1Char('/')) ? parent : QStringLiteral("./") + parent) + QLatin1Char('/');
}

} // namespace

bool DownloadJob::pointsOutside(const QString &linkPath, const QString &target, const QSet<QString> &selected)
{
    // By name, as the extractor judges it first: from the link's folder, never above the folder
    // the items lie in, and landing in one of the chosen items.
    if (target.startsWith(QLatin1Char('/')) || target.isEmpty())
        return true;
    QStringList stack = linkPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    stack.removeLast();
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part != QLatin1String("..")) {
            stack.append(part);
            continue;
        }
        if (stack.isEmpty())
            return true;
        stack.removeLast();
    }
    return stack.isEmpty() || !selected.contains(stack.constFirst());
}

DownloadJob::DownloadJob(HubClient *client, const QUrl &serverUrl, const QStringList &remotePaths,
                         const QString &localFolder, QObject *parent)
    : TransferJob(Direction::Download, client, serverUrl, QFileInfo(localFolder).absoluteFilePath(), parent)
{
    setItems(remotePaths);
}

DownloadJob::DownloadJob(TransferBackend *backend, const QStringList &remotePaths, const QString &localFolder,
                         QObject *parent)
    : TransferJob(Direction::Download, backend, QFileInfo(localFolder).absoluteFilePath(), parent)
{
    setItems(remotePaths);
}

void DownloadJob::setItems(const QStringList &remotePaths)
{
    for (const QString &path : remotePaths) {
        const QString relative = RemoteScript::relativeToHome(path);
        m_paths.append(relative);
        m_names.append(RemoteScript::nameOf(relative));
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
    m_found = {};
    m_localTrees.clear();
    m_outsideItems.clear();
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        if (m_names[i].isEmpty() || m_names[i] == QLatin1String("..") || m_names[i] == QLatin1String(".")) {
            fail(Error::NotFound,
                 tr("“%1” cannot be downloaded on its own: choose the files or folders inside it.")
                     .arg(m_paths[i].isEmpty() ? tr("your home folder") : m_paths[i]));
            return;
        }
    }
    if (!checkDistinctNames(m_names))
        return;
    if (!checkLocalFolderWritable())
        return;
    for (const QString &path : std::as_const(m_paths)) {
        if (!checkRemotePath(path))
            return;
    }
    // The probe's span holds the opening of the terminal (or channel) it is the first step in.
    stepBegins(QStringLiteral("probe"));
    runScript(RemoteScript::probe(id(), QString(), serverStarted()), 60s,
              tr("Could not prepare your server for the download."), [this](const QByteArray &output) {
                  probed(output);
              });
}

void DownloadJob::probed(const QByteArray &output)
{
    stepEnds(QStringLiteral("probe"));
    const RemoteScript::Probe probe = RemoteScript::parseProbe(output);
    if (!probe.ok) {
        fail(Error::Server,
             tr("Your server did not answer the transfer's questions (free space, tar). "
                "Check that a terminal can be opened in JupyterLab."));
        return;
    }
    m_format = ArchiveFormat(m_forcedCompression.value_or(probe.compression));
    // The names go in files, never on a command line. The size pass lists every link (it may
    // point outside what was chosen) and the whole tree where a folder here will merge with it.
    QStringList paths;
    QStringList listed;
    const QDir target(m_target);
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        paths.append(startPoint(int(i)));
        const QFileInfo local(target.filePath(m_names[i]));
        if (local.isDir() && !local.isSymLink())
            listed.append(paths.constLast());
    }
    stepBegins(QStringLiteral("stat"));
    writeJobFiles(RemoteScript::statFiles(paths, listed), [this] {
        runScript(RemoteScript::statItems(id(), QString()), 30min,
                  tr("Could not measure the items on your server."), [this](const QByteArray &) {
                      // One small GET: the link's round trip, as the way's choice needs it.
                      m_roundTrip.start();
                      readJobFile(RemoteScript::foundFile(), [this](const QByteArray &found) {
                          m_roundTripMs = m_roundTrip.elapsed();
                          stepEnds(QStringLiteral("stat"));
                          itemsStated(found);
                      });
                  });
    });
}

QString DownloadJob::startPoint(int item) const
{
    return m_paths[item].startsWith(QLatin1Char('/')) ? m_paths[item] : QStringLiteral("./") + m_paths[item];
}

void DownloadJob::itemsStated(const QByteArray &found)
{
    QHash<QString, int> startPoints;
    for (int i = 0; i < m_paths.size(); ++i)
        startPoints.insert(startPoint(i), i);
    m_found = TreeListing::parseFound(found, startPoints, m_names);
    m_items = m_found.items;
    const QDir target(m_target);
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
        // Only folders that meet folders here merge: the other trees are not needed.
        const QFileInfo local(target.filePath(m_names[i]));
        if (m_items.value(i).type != RemoteScript::ItemType::Folder || !local.isDir() || local.isSymLink())
            m_found.trees.remove(i);
    }
    scanLocalTrees();
}

void DownloadJob::scanLocalTrees()
{
    // The links the size pass found, judged before anything moves: one pointing outside what
    // was chosen is not downloaded, and the summary names it.
    const QSet<QString> selected(m_names.cbegin(), m_names.cend());
    for (auto it = m_found.links.cbegin(); it != m_found.links.cend(); ++it) {
        for (const TreeEntry &link : it.value()) {
            if (!pointsOutside(link.path, link.linkTarget, selected))
                continue;
            m_leftOut.append(link.path + QStringLiteral(" → ") + link.linkTarget);
            if (link.path == m_names.value(it.key()))
                m_outsideItems.insert(it.key());
        }
    }
    m_leftOut.sort();
    QHash<int, QString> merged;
    const QDir target(m_target);
    for (auto it = m_found.trees.cbegin(); it != m_found.trees.cend(); ++it)
        merged.insert(it.key(), target.filePath(m_names.value(it.key())));
    if (merged.isEmpty()) {
        buildPlan();
        return;
    }
    walkLocalTrees(merged, m_names, [this](const LocalTrees &trees) {
        m_localTrees = trees;
        buildPlan();
    });
}

void DownloadJob::buildPlan()
{
    const QDir target(m_target);
    for (int i = 0; i < m_paths.size(); ++i) {
        if (m_outsideItems.contains(i))
            continue;
        const RemoteScript::Item remote = m_items.value(i);
        const QFileInfo local(target.filePath(m_names[i]));
        MergePlan::Item item;
        item.index = i;
        item.name = m_names[i];
        item.incoming = {m_names[i], remoteType(remote.type), remote.size, remote.mtime, {}};
        item.incomingTotals = remote.totals;
        item.exists = local.exists() || local.isSymLink();
        if (item.exists) {
            item.existing = {m_names[i],
                             localType(local),
                             local.isFile() ? local.size() : 0,
                             local.lastModified().toSecsSinceEpoch(),
                             {}};
            item.existingTotals = localTotals(local);
            item.incomingTree = m_found.trees.value(i);
            item.existingTree = m_localTrees.value(i);
        }
        m_plan.addItem(item);
    }
    planReady();
}

void DownloadJob::compareIdentical(const QList<TransferConflict> &candidates,
                                   const std::function<void(const QSet<int> &differing)> &done)
{
    // Every candidate lies under one of the items; their folders may differ: sum them from home.
    QStringList remotePaths;
    for (const TransferConflict &conflict : candidates)
        remotePaths.append(prefixOf(m_paths[conflict.index]) + conflict.name);
    writeJobFiles(
        {{QStringLiteral("identical"), NameList::nulSeparated(remotePaths)}}, [this, candidates, done] {
            runScript(RemoteScript::checksumsOf(id(), QString(), QStringLiteral("identical")), 2h,
                      tr("Computing checksums on your server failed."),
                      [this, candidates, done](const QByteArray &) {
                          readJobFile(
                              RemoteScript::sumsFile(), [this, candidates, done](const QByteArray &records) {
                                  const QHash<QString, QByteArray> remote =
                                      RemoteScript::parseChecksums(records);
                                  // sha256sum names them as they were given, "./" cut off.
                                  QStringList remoteKeys;
                                  for (const TransferConflict &conflict : candidates) {
                                      QString key = prefixOf(m_paths[conflict.index]) + conflict.name;
                                      if (key.startsWith(QLatin1String("./")))
                                          key = key.mid(2);
                                      remoteKeys.append(key);
                                  }
                                  auto differing = std::make_shared<QSet<int>>();
                                  const QString root = m_target;
                                  offThread(
                                      [differing, candidates, remote, remoteKeys, root] {
                                          for (qsizetype i = 0; i < candidates.size(); ++i) {
                                              const QString name = candidates[i].name;
                                              const QByteArray mine = ChecksumManifest::compute(
                                                                          {QDir(root).filePath(name)}, {name})
                                                                          .value(name);
                                              if (mine.isEmpty() || mine != remote.value(remoteKeys[i]))
                                                  differing->insert(candidates[i].id);
                                          }
                                      },
                                      [differing, done] {
                                          done(*differing);
                                      });
                              });
                      });
        });
}

void DownloadJob::conflictsResolved()
{
    m_sending.clear();
    m_skipped.clear();
    m_expected = {};
    RemotePacking packing;
    const QList<int> skippedItems = m_plan.skippedItems();
    for (int i = 0; i < m_paths.size(); ++i) {
        if (m_outsideItems.contains(i))
            continue;
        if (skippedItems.contains(i)) {
            m_skipped.append(m_names[i]);
            continue;
        }
        m_sending.append(i);
        m_expected += m_plan.sentTotals(i);
        const QList<TreeEntry> tree = m_found.trees.value(i);
        bool partial = false;
        QStringList entries;
        for (const TreeEntry &entry : tree) {
            if (m_plan.isSent(entry.path))
                entries.append(entry.path);
            else
                partial = true;
        }
        // Files that stay as they are here never leave the server.
        if (partial)
            packing.addEntries(m_paths[i], entries);
        else
            packing.addWhole(m_paths[i]);
    }
    m_skippedFiles = 0;
    for (auto it = m_found.trees.cbegin(); it != m_found.trees.cend(); ++it) {
        for (const TreeEntry &entry : it.value()) {
            if (entry.type == TreeEntry::Type::File && !m_plan.isSent(entry.path))
                ++m_skippedFiles;
        }
    }
    if (m_sending.isEmpty()) {
        // Nothing leaves the server, so nothing is billed.
        succeed();
        return;
    }
    // The folders made here go again if the download fails: no empty folder is left behind.
    m_createdFolders.clear();
    for (QString folder = QDir::cleanPath(QDir(m_target).absolutePath()); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).path())
        m_createdFolders.append(folder);
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
    const QList<ArchiveStream::DirectFile> files = directFiles();
    m_stream = m_methodChoice.way == TransferMethod::Way::Direct ? newDirectStream(files)
                                                                 : newStream(m_format, archiveName());
    connect(m_stream, &ArchiveStream::measured, this, &DownloadJob::measured);
    connect(m_stream, &ArchiveStream::failed, this, &DownloadJob::transportFailed);
    stepBegins(QStringLiteral("pack"));
    writeJobFiles(packing.files(), [this] {
        // Packed on the server first (its exact size known), or bounded from the measured items
        // when it is packed while it streams.
        m_stream->measure(m_expected);
    });
}

QList<ArchiveStream::DirectFile> DownloadJob::directFiles()
{
    // What the choice knows before a byte moves: the items' kinds and sizes (measured on the
    // server), their names (a guess at how they compress) and the link's round trip.
    TransferMethod::Facts facts;
    QList<ArchiveStream::DirectFile> files;
    qint64 compressible = 0;
    bool everyShareKnown = true;
    for (int i : std::as_const(m_sending)) {
        const RemoteScript::Item item = m_items.value(i);
        if (item.type == RemoteScript::ItemType::Folder)
            ++facts.folders;
        else if (item.type == RemoteScript::ItemType::Link)
            ++facts.links;
        else
            ++facts.files;
        facts.bytes += item.size;
        const double share = TransferMethod::compressibleShareByName(m_names[i]);
        everyShareKnown = everyShareKnown && share >= 0;
        compressible += qint64(std::max(0.0, share) * double(item.size));
        // /files serves the home folder only.
        if (m_paths[i].startsWith(QLatin1Char('/')))
            facts.directAvailable = false;
        files.append({m_paths[i], m_names[i], item.size, item.mtime});
    }
    if (everyShareKnown && facts.bytes > 0)
        facts.compressibleShare = double(compressible) / double(facts.bytes);
    facts.roundTripMs = m_roundTripMs;
    chooseMethod(facts);
    return m_methodChoice.way == TransferMethod::Way::Direct ? files : QList<ArchiveStream::DirectFile>();
}

void DownloadJob::measured(qint64 archiveBytes)
{
    m_archiveSize = archiveBytes;
    stepEnds(QStringLiteral("pack"));
    qCInfo(lcTransfer) << "job" << id() << "measured" << m_expected.files
                       << "files:" << (m_stream->packsWhileSending() ? "at most" : "exactly") << archiveBytes
                       << "bytes";
    measuredForApproval();
}

void DownloadJob::measuredForApproval()
{
    if (!verifiesChecksums()) {
        requestApproval(m_archiveSize);
        return;
    }
    runScript(RemoteScript::checksums(id()), 2h, tr("Computing checksums on your server failed."),
              [this](const QByteArray &) {
                  readJobFile(RemoteScript::sumsFile(), [this](const QByteArray &records) {
                      m_remoteSums.clear();
                      const QHash<QString, QByteArray> sums = RemoteScript::parseChecksums(records);
                      // Only what is sent; the extractor compares before anything is placed.
                      for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                          if (m_plan.isSent(it.key()))
                              m_remoteSums.insert(it.key(), it.value());
                      }
                      requestApproval(m_archiveSize);
                  });
              });
}

void DownloadJob::approved()
{
    stepBegins(QStringLiteral("download"));
    setState(State::Transferring);
    setProgress(0, m_archiveSize);

    QStringList allowed;
    for (int i : std::as_const(m_sending))
        allowed.append(m_names[i]);
    m_buffer = std::make_unique<BoundedBuffer>();
    m_extractor = std::make_unique<ArchiveExtractor>(m_buffer.get(), m_target);
    // Exactly what was asked for, placed as the plan says; a name that appeared since the check
    // is kept beside the old one, never over it.
    m_extractor->setAllowedNames(allowed);
    m_extractor->setOperations(m_plan.operations());
    m_extractor->setExpectedTotals(m_expected);
    m_extractor->setExpectedChecksums(m_remoteSums);
    connect(m_extractor.get(), &ArchiveTask::finished, this, &DownloadJob::extracted, Qt::QueuedConnection);

    if (m_stream->packsWhileSending()) {
        // The compressed size is unknown until the end: progress counts the file data extracted,
        // which gives a true rate and time left.
        setProgress(0, m_expected.bytes);
        connect(m_extractor.get(), &ArchiveTask::progressed, this, [this](qint64 bytesDone, qint64) {
            if (state() == State::Transferring)
                setProgress(bytesDone, m_expected.bytes);
        });
    } else {
        connect(m_stream, &ArchiveStream::progressed, this, [this](qint64 done, qint64) {
            setProgress(done, m_archiveSize);
        });
    }
    m_extractor->start();
    m_stream->download(m_buffer.get(), m_archiveSize);
}

void DownloadJob::transportFailed(ArchiveStream::Failure failure, const QString &message)
{
    // An extractor that refused the archive aborts the stream: its reason is the one to show.
    if (m_extractor && m_extractor->wait(QDeadlineTimer(2000)) && m_extractor->error()
        && m_extractor->error().kind() != ArchiveError::Kind::StreamFailed) {
        extracted();
        return;
    }
    fail(errorFor(failure), message);
}

void DownloadJob::extracted()
{
    if (!m_extractor || isDone() || state() != State::Transferring)
        return;
    stepEnds(QStringLiteral("download"));
    const ArchiveError error = m_extractor->error();
    if (error) {
        Error kind = Error::Archive;
        if (error.kind() == ArchiveError::Kind::Incomplete
            || error.kind() == ArchiveError::Kind::ChecksumMismatch)
            kind = Error::Verification;
        else if (error.kind() == ArchiveError::Kind::StreamFailed)
            kind = Error::Network;
        else if (error.kind() == ArchiveError::Kind::Cancelled)
            kind = Error::Cancelled;
        fail(kind, error.message());
        return;
    }
    m_totals = m_extractor->extracted();
    const bool streamed = m_stream && m_stream->packsWhileSending();
    if (streamed) // what really crossed the wire, for the egress ledger
        m_archiveSize = m_buffer->bytesWritten();
    m_placed.clear();
    for (const ArchiveExtractor::Placement &placement : m_extractor->placements())
        m_placed.append(placement.placedAs);
    m_renamed = m_extractor->renamed();
    m_replaced = m_extractor->trashed();
    // The extractor's judgement is the last word on links (it also follows links through links).
    const QMap<QString, QString> links = m_extractor->skippedLinks();
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const QString named = it.key() + QStringLiteral(" → ") + it.value();
        if (!m_leftOut.contains(named))
            m_leftOut.append(named);
    }
    const QMap<QString, QString> special = m_extractor->skippedSpecial();
    for (auto it = special.cbegin(); it != special.cend(); ++it)
        m_leftOut.append(tr("%1 (a %2, not a file)").arg(it.key(), it.value()));
    m_leftOut.sort();
    const qint64 total = streamed ? m_expected.bytes : m_archiveSize;
    setProgress(total, total);
    setState(State::Finishing);
    succeed();
}

void DownloadJob::stopWork()
{
    if (ArchiveStream *stream = std::exchange(m_stream, nullptr)) {
        stream->disconnect(this);
        stream->cancel(); // stops the server's side at once too
        stream->deleteLater();
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
    // Deepest first; rmdir() leaves any folder that holds something (a partial kept for later).
    for (const QString &folder : std::as_const(m_createdFolders)) {
        if (!QDir().rmdir(folder))
            break;
    }
    m_createdFolders.clear();
}

bool DownloadJob::checkLocalFolderWritable()
{
    // Found now, not after the server packed everything: the nearest folder that exists must
    // take new files (the target itself, or where it will be made).
    QString folder = QDir::cleanPath(QDir(m_target).absolutePath());
    while (!QFileInfo::exists(folder) && QFileInfo(folder).path() != folder)
        folder = QFileInfo(folder).path();
    const QFileInfo info(folder);
    if (info.isDir() && info.isWritable())
        return true;
    fail(Error::NoSpace,
         info.isDir() ? tr("You may not write in “%1” on this computer, so nothing was downloaded. Choose "
                           "another folder, or change its permissions.")
                            .arg(folder)
                      : tr("“%1” on this computer is a file, not a folder, so nothing was downloaded. Choose "
                           "a folder.")
                            .arg(folder));
    return false;
}

} // namespace fornax
