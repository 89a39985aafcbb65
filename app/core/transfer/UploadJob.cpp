#include "UploadJob.h"

#include "BoundedBuffer.h"
#include "Logging.h"
#include "archive/ArchiveExtractor.h"
#include "archive/ArchiveWriter.h"
#include "transfer/ChecksumManifest.h"
#include "transfer/NameList.h"
#include "transfer/RemotePlacement.h"

#include <QDir>
#include <QFileInfo>

using namespace std::chrono_literals;

namespace fornax {

namespace {

constexpr int MaxNameBytes = 255; // NAME_MAX of Linux file systems

struct ScanResult
{
    QList<ArchiveTotals> totals; // per item
    QStringList leftOut;
    ArchiveError error;
};

QString itemName(const QString &path)
{
    return QFileInfo(QDir::cleanPath(path)).fileName();
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

} // namespace

UploadJob::UploadJob(HubClient *client, const QUrl &serverUrl, const QStringList &localPaths,
                     const QString &remoteFolder, QObject *parent)
    : TransferJob(Direction::Upload, client, serverUrl, remoteFolder, parent)
{
    setItems(localPaths);
}

UploadJob::UploadJob(TransferBackend *backend, const QStringList &localPaths, const QString &remoteFolder,
                     QObject *parent)
    : TransferJob(Direction::Upload, backend, remoteFolder, parent)
{
    setItems(localPaths);
}

void UploadJob::setItems(const QStringList &localPaths)
{
    for (const QString &path : localPaths)
        m_paths.append(QFileInfo(path).absoluteFilePath());
    for (const QString &path : std::as_const(m_paths))
        m_names.append(itemName(path));
}

UploadJob::~UploadJob()
{
    stopWork();
}

QString UploadJob::title() const
{
    return titleFor(m_names);
}

QString UploadJob::archiveName() const
{
    return QStringLiteral("upload") + m_format.suffix();
}

void UploadJob::begin()
{
    m_sending.clear();
    m_scanTotals = {};
    m_remote.clear();
    m_remoteTrees.clear();
    m_localTrees.clear();
    m_operations.clear();
    m_uploaded = false;
    m_unpackedTotals.reset();
    m_localSums.clear();

    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QFileInfo info(m_paths[i]);
        if (!info.exists()) {
            fail(Error::NotFound,
                 tr("“%1” does not exist (any more). Choose the files again.").arg(m_paths[i]));
            return;
        }
        if (m_names[i].isEmpty()) {
            fail(Error::Archive,
                 tr("“%1” has no name to upload under. Choose the files or folders inside it.")
                     .arg(m_paths[i]));
            return;
        }
    }
    if (!checkDistinctNames(m_names) || !checkRemotePath(m_target))
        return;
    // Linux takes at most 255 bytes per name: a longer folder name would fail only once every
    // byte was sent, with the reason cut off in the server's message.
    for (const QString &part : m_target.split(QLatin1Char('/'))) {
        if (part.toUtf8().size() > MaxNameBytes) {
            fail(Error::Server,
                 tr("The folder name “%1” is longer than the %2 bytes a name may have on your "
                    "server. Choose a shorter name; nothing was sent.")
                     .arg(part.left(40) + QStringLiteral("…"), QString::number(MaxNameBytes)));
            return;
        }
    }
    // The probe's span holds the opening of the terminal (or channel) it is the first step in.
    stepBegins(QStringLiteral("probe"));
    runScript(RemoteScript::probe(id(), m_target, serverStarted()), 60s,
              tr("Could not prepare your server for the upload."), [this](const QByteArray &output) {
                  probed(output);
              });
}

bool UploadJob::incompressibleByName() const
{
    for (const QString &path : m_paths) {
        if (!QFileInfo(path).isFile() || TransferMethod::compressibleShareByName(path) != 0)
            return false;
    }
    return !m_paths.isEmpty();
}

void UploadJob::probed(const QByteArray &output)
{
    stepEnds(QStringLiteral("probe"));
    m_probe = RemoteScript::parseProbe(output);
    if (!m_probe.ok) {
        fail(Error::Server,
             tr("Your server did not answer the transfer's questions (free space, tar). "
                "Check that a terminal can be opened in JupyterLab."));
        return;
    }
    if (m_probe.targetExists && !m_probe.targetIsFolder) {
        fail(
            Error::NotFound,
            tr("“%1” on your server is a file, not a folder. Choose a folder to upload into.").arg(m_target));
        return;
    }
    if (!m_probe.targetWritable) {
        // Before a byte moves: the placement could only fail at the end.
        const QString where =
            m_target.isEmpty() ? tr("your home folder") : QStringLiteral("“%1”").arg(m_target);
        fail(
            Error::Server,
            m_probe.targetExists
                ? tr("You may not write in %1 on your server (nor change its permissions). Nothing was sent. "
                     "Choose another folder, or ask its owner for write permission.")
                      .arg(where)
                : tr("%1 does not exist on your server, and you may not create it there (no write "
                     "permission in the folder above it). Nothing was sent. Choose another folder.")
                      .arg(where));
        return;
    }
    m_format = ArchiveFormat(m_forcedCompression.value_or(m_probe.compression));
    // Files that are compressed already (by their names: .gz, .zst, .fits.fz, images, ...) gain
    // nothing from zstd and would pay for it on both sides: they go as a plain tar.
    if (!m_forcedCompression && incompressibleByName()) {
        qCInfo(lcTransfer) << "job" << id() << "sends a plain tar: its files are compressed already";
        m_format = ArchiveFormat(Compression::None);
    }
    if (m_format.compression() == Compression::None)
        m_format = ArchiveFormat(Compression::None);
    // Ingress is free, so an upload favours speed: zstd's fastest level packs twice as fast as
    // its default and, on tables of numbers, often as small (bench_transfer). Downloads keep the
    // default level on the server, where every byte saved is egress not billed.
    if (m_format.compression() == Compression::Zstd)
        m_format.setLevel(1);

    // Counting a large tree takes a while: off the event loop, one item at a time so that
    // skipped items can be left out of the totals.
    auto result = std::make_shared<ScanResult>();
    const QStringList paths = m_paths;
    const ArchiveFormat format = m_format;
    stepBegins(QStringLiteral("scan"));
    offThread(
        [result, paths, format] {
            BoundedBuffer unused(1);
            for (const QString &path : paths) {
                ArchiveWriter writer({path}, format, &unused);
                result->error = writer.scan();
                if (result->error)
                    return;
                result->totals.append(writer.scanned());
                result->leftOut += writer.skipped();
            }
        },
        [this, result] {
            if (state() != State::Preparing)
                return;
            if (result->error) {
                fail(Error::Archive, result->error.message());
                return;
            }
            stepEnds(QStringLiteral("scan"));
            m_leftOut = result->leftOut;
            m_itemTotals = result->totals;
            scanned();
        });
}

void UploadJob::scanned()
{
    // The names go in files, never on a command line: any number of them, any bytes.
    QStringList paths;
    QStringList listed;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        paths.append(QStringLiteral("./") + m_names[i]);
        // A folder here may meet a folder there: then both trees are compared.
        if (QFileInfo(m_paths[i]).isDir())
            listed.append(paths.constLast());
    }
    stepBegins(QStringLiteral("stat"));
    writeJobFiles(RemoteScript::statFiles(paths, listed), [this] {
        runScript(RemoteScript::statItems(id(), m_target), 30min,
                  tr("Could not look into the folder on your server."), [this](const QByteArray &) {
                      readJobFile(RemoteScript::foundFile(), [this](const QByteArray &found) {
                          remoteItemsStated(found);
                      });
                  });
    });
}

void UploadJob::remoteItemsStated(const QByteArray &found)
{
    QHash<QString, int> startPoints;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        startPoints.insert(QStringLiteral("./") + m_names[i], int(i));
    stepEnds(QStringLiteral("stat"));
    const TreeListing::Found result = TreeListing::parseFound(found, startPoints, m_names);
    m_remote = result.items;
    QHash<int, QString> merged;
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
        if (it->type == RemoteScript::ItemType::Folder && QFileInfo(m_paths[it.key()]).isDir()) {
            merged.insert(it.key(), m_paths[it.key()]);
            m_remoteTrees.insert(it.key(), result.trees.value(it.key()));
        }
    }
    if (merged.isEmpty()) {
        buildPlan();
        return;
    }
    // A folder onto a folder: both trees, to compare path by path.
    walkLocalTrees(merged, m_names, [this](const LocalTrees &trees) {
        m_localTrees = trees;
        buildPlan();
    });
}

void UploadJob::buildPlan()
{
    for (int i = 0; i < m_paths.size(); ++i) {
        const QFileInfo local(m_paths[i]);
        MergePlan::Item item;
        item.index = i;
        item.name = m_names[i];
        item.incomingTotals = m_itemTotals.value(i);
        item.incoming = {m_names[i],
                         local.isDir() ? TreeEntry::Type::Folder : TreeEntry::Type::File,
                         item.incomingTotals.bytes,
                         local.lastModified().toSecsSinceEpoch(),
                         {}};
        const auto remote = m_remote.constFind(i);
        item.exists = remote != m_remote.cend();
        if (item.exists) {
            item.existing = {m_names[i], remoteType(remote->type), remote->size, remote->mtime, {}};
            item.existingTotals = remote->totals;
            item.incomingTree = m_localTrees.value(i);
            item.existingTree = m_remoteTrees.value(i);
        }
        m_plan.addItem(item);
    }
    planReady();
}

void UploadJob::compareIdentical(const QList<TransferConflict> &candidates,
                                 const std::function<void(const QSet<int> &differing)> &done)
{
    // Same size and time on both sides; --verify also wants the same SHA-256.
    QStringList names;
    QStringList localFiles;
    for (const TransferConflict &conflict : candidates) {
        names.append(QStringLiteral("./") + conflict.name);
        localFiles.append(m_paths[conflict.index] + conflict.name.mid(m_names[conflict.index].size()));
    }
    writeJobFiles(
        {{QStringLiteral("identical"), NameList::nulSeparated(names)}}, [this, candidates, localFiles, done] {
            runScript(RemoteScript::checksumsOf(id(), m_target, QStringLiteral("identical")), 2h,
                      tr("Computing checksums on your server failed."),
                      [this, candidates, localFiles, done](const QByteArray &) {
                          readJobFile(RemoteScript::sumsFile(),
                                      [this, candidates, localFiles, done](const QByteArray &records) {
                                          const QHash<QString, QByteArray> remote =
                                              RemoteScript::parseChecksums(records);
                                          auto differing = std::make_shared<QSet<int>>();
                                          offThread(
                                              [differing, candidates, localFiles, remote] {
                                                  for (qsizetype i = 0; i < candidates.size(); ++i) {
                                                      const QHash<QString, QByteArray> mine =
                                                          ChecksumManifest::compute({localFiles[i]},
                                                                                    {candidates[i].name});
                                                      if (mine.value(candidates[i].name).isEmpty()
                                                          || mine.value(candidates[i].name)
                                                              != remote.value(candidates[i].name))
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

void UploadJob::conflictsResolved()
{
    m_sending.clear();
    m_skipped.clear();
    m_scanTotals = {};
    const QList<int> skippedItems = m_plan.skippedItems();
    for (int i = 0; i < m_paths.size(); ++i) {
        if (skippedItems.contains(i)) {
            m_skipped.append(m_names[i]);
            continue;
        }
        m_sending.append(i);
        m_scanTotals += m_plan.sentTotals(i);
    }
    // Files inside merged folders that stay as they are on the server.
    m_skippedFiles = 0;
    for (auto it = m_localTrees.cbegin(); it != m_localTrees.cend(); ++it) {
        for (const TreeEntry &entry : it.value()) {
            if (entry.type == TreeEntry::Type::File && !m_plan.isSent(entry.path))
                ++m_skippedFiles;
        }
    }
    m_operations = m_plan.operations();
    if (m_sending.isEmpty()) {
        qCInfo(lcTransfer) << "job" << id() << "has nothing left to send";
        succeed();
        return;
    }
    checkSpaceAndSend();
}

void UploadJob::checkSpaceAndSend()
{
    // The staging folder holds everything, and the stream what waits to be unpacked.
    m_stream = newStream(m_format, archiveName(), m_partSize, m_chunkSize);
    const qint64 bytes = m_scanTotals.bytes;
    const qint64 neededInHome = bytes + m_stream->stagingRoom(bytes);
    if (m_probe.freeTempBytes >= 0 && neededInHome > m_probe.freeTempBytes) {
        fail(Error::NoSpace,
             tr("This upload needs %1 on your server, but only %2 is free there. Free some space on "
                "the server (or upload less) and try again.")
                 .arg(sizeText(neededInHome), sizeText(m_probe.freeTempBytes)));
        return;
    }
    if (!m_probe.sameFileSystem && m_probe.freeTargetBytes >= 0 && bytes > m_probe.freeTargetBytes) {
        fail(Error::NoSpace,
             tr("This upload needs %1 in “%2” on your server, but only %3 is free there. Free some "
                "space there (or upload less) and try again.")
                 .arg(sizeText(bytes), m_target, sizeText(m_probe.freeTargetBytes)));
        return;
    }

    QStringList paths;
    for (int i : std::as_const(m_sending))
        paths.append(m_paths[i]);
    TransferMethod::Facts facts;
    facts.upload = true;
    facts.files = m_scanTotals.files;
    facts.bytes = m_scanTotals.bytes;
    chooseMethod(facts);
    setState(State::Transferring);
    setProgress(0, m_scanTotals.bytes);

    m_buffer = std::make_unique<BoundedBuffer>();
    m_writer = std::make_unique<ArchiveWriter>(paths, m_format, m_buffer.get());
    m_writer->setExcluded(m_plan.skipped());
    connect(m_writer.get(), &ArchiveTask::progressed, this, [this](qint64 bytesDone, qint64) {
        setProgress(bytesDone, m_scanTotals.bytes);
    });
    connect(m_stream, &ArchiveStream::sent, this, &UploadJob::uploadFinished);
    connect(m_stream, &ArchiveStream::unpacked, this, &UploadJob::unpacked);
    connect(m_stream, &ArchiveStream::failed, this, &UploadJob::transportFailed);
    qCInfo(lcTransfer) << "job" << id() << "sends" << paths.size() << "items";
    stepBegins(QStringLiteral("upload"));
    m_writer->start();
    m_stream->upload(m_buffer.get(), m_scanTotals.bytes);
}

void UploadJob::transportFailed(ArchiveStream::Failure failure, const QString &message)
{
    // A packer that failed on its own (an unreadable file) aborted the stream: its reason is
    // the one to show.
    if (m_writer && m_writer->wait(QDeadlineTimer(2000)) && m_writer->error()
        && m_writer->error().kind() != ArchiveError::Kind::StreamFailed) {
        fail(Error::Archive, m_writer->error().message());
        return;
    }
    fail(errorFor(failure), message);
}

void UploadJob::uploadFinished()
{
    if (!m_writer->wait(QDeadlineTimer(30'000)) || m_writer->error()) {
        fail(Error::Archive, m_writer->error() ? m_writer->error().message() : tr("Packing did not finish."));
        return;
    }
    m_uploaded = true;
    stepEnds(QStringLiteral("upload"));
    // What is left of the unpacking once the last byte is there, with the count check.
    stepBegins(QStringLiteral("unpack"));
    m_totals = m_writer->packed();
    m_archiveSize = m_buffer->bytesWritten(); // the whole archive crossed the wire
    setProgress(m_scanTotals.bytes, m_scanTotals.bytes);
    setState(State::Finishing);
}

void UploadJob::unpacked(const QByteArray &output)
{
    stepEnds(QStringLiteral("unpack"));
    const auto totals = RemoteScript::parseTotals(output);
    if (!totals) {
        fail(Error::Server, tr("Your server unpacked the upload but did not say what it found. Try again."));
        return;
    }
    if (!m_uploaded || !(*totals == m_totals)) {
        fail(Error::Verification,
             tr("Your server found %1 files (%2) after unpacking, but %3 files (%4) were sent. Nothing was "
                "placed "
                "in “%5”; try again.")
                 .arg(QString::number(totals->files), sizeText(totals->bytes),
                      QString::number(m_totals.files), sizeText(m_totals.bytes),
                      m_target.isEmpty() ? tr("your home folder") : m_target));
        return;
    }
    qCInfo(lcTransfer) << "job" << id() << "unpacked" << totals->files << "files," << totals->bytes
                       << "bytes";
    if (verifiesChecksums())
        verifyChecksums();
    else
        placeItems();
}

void UploadJob::verifyChecksums()
{
    QStringList paths;
    QStringList names;
    for (int i : std::as_const(m_sending)) {
        paths.append(m_paths[i]);
        names.append(m_names[i]);
    }
    auto sums = std::make_shared<QHash<QString, QByteArray>>();
    const MergePlan plan = m_plan;
    offThread(
        [sums, paths, names, plan] {
            *sums = ChecksumManifest::compute(paths, names);
            // Only what was sent: files left as they are on the server were never packed.
            for (auto it = sums->begin(); it != sums->end();)
                it = plan.isSent(it.key()) ? std::next(it) : sums->erase(it);
        },
        [this, sums] {
            m_localSums = *sums;
            runScript(RemoteScript::stagedChecksums(id()), 2h,
                      tr("Computing checksums on your server failed."), [this](const QByteArray &) {
                          readJobFile(RemoteScript::sumsFile(), [this](const QByteArray &records) {
                              const QStringList differing = ChecksumManifest::differences(
                                  m_localSums, RemoteScript::parseChecksums(records));
                              if (!differing.isEmpty()) {
                                  fail(Error::Verification,
                                       tr("%n file(s) arrived with different contents, for example “%1”. "
                                          "Nothing was "
                                          "placed; try again.",
                                          nullptr, int(differing.size()))
                                           .arg(ArchiveError::displayName(differing.constFirst())));
                                  return;
                              }
                              placeItems();
                          });
                      });
        });
}

void UploadJob::placeItems()
{
    stepBegins(QStringLiteral("place"));
    m_stamp = RemotePlacement::currentStamp();
    writeJobFiles(RemotePlacement::planFiles(id(), m_target, m_operations, m_stamp), [this] {
        runScript(RemotePlacement::placeAndCleanUpScript(id()), 1h,
                  tr("Moving the uploaded items into place on your server failed."),
                  [this](const QByteArray &output) {
                      remoteFolderRemoved();
                      placed(output);
                  });
    });
}

void UploadJob::placed(const QByteArray &output)
{
    stepEnds(QStringLiteral("place"));
    const RemotePlacement::Result result = RemotePlacement::parse(output);
    m_placed.clear();
    m_renamed.clear();
    m_replaced.clear();
    QHash<QString, QString> topLevelNames;
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const MergePlan::Operation &operation = m_operations.at(i);
        const qsizetype slash = operation.path.lastIndexOf(QLatin1Char('/'));
        const QString folder = operation.path.left(slash + 1);
        const QString name = operation.path.mid(slash + 1);
        const int n = result.placed.value(int(i), 0);
        const QString finalPath =
            n >= 2 ? folder + ArchiveExtractor::keptBothName(name, n, operation.isFolder) : operation.path;
        if (finalPath != operation.path)
            m_renamed.insert(operation.path, finalPath);
        if (result.backups.contains(int(i))) {
            const bool oldWasFolder = !operation.isFolder; // a file against a folder: the other kind
            m_replaced.insert(
                operation.path,
                folder
                    + RemotePlacement::backupName(name, m_stamp, result.backups.value(int(i)), oldWasFolder));
        }
        if (slash < 0)
            topLevelNames.insert(operation.path, finalPath);
    }
    for (int n : std::as_const(m_sending))
        m_placed.append(topLevelNames.value(m_names[n], m_names[n]));
    succeed();
}

void UploadJob::stopWork()
{
    if (ArchiveStream *stream = std::exchange(m_stream, nullptr)) {
        stream->disconnect(this);
        stream->cancel(); // stops the server's side at once too
        stream->deleteLater();
    }
    if (m_buffer)
        m_buffer->abort(tr("The upload was stopped."));
    if (m_writer) {
        m_writer->disconnect(this);
        m_writer->cancel();
        m_writer->wait();
    }
    m_writer.reset();
    m_buffer.reset();
}

} // namespace fornax
