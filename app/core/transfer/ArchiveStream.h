#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTotals.h"
#include "transfer/TransferMethod.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace fornax {

class BoundedBuffer;

/**
 * Moves one transfer's archive between this computer and the server: the second thing a
 * transfer needs of a transport (the first is ServerCommands). Implemented by the Jupyter way
 * (numbered parts through the contents API, unpacked by a script as they arrive; downloads
 * packed first, then fetched from `/files`), the SSH way (straight into or out of the server's
 * `tar` on an exec channel) and a loopback (a local `sh` over a local folder, for tests).
 *
 * One stream serves one run of one job (Context). Guarantees:
 * - upload() ends in sent() (every byte is on the server) and then unpacked() with what the
 *   server's unpacking printed (RemoteScript::parseTotals()); the files are in the job's
 *   staging folder, nothing is placed yet.
 * - measure() (download; the job's packing files are written) ends in measured() with the
 *   archive's exact size, or, for a stream that packs while it sends (packsWhileSending()), the
 *   most it can carry (StreamScript::streamBound()): what the egress check is asked about.
 * - download() streams the archive into the sink, closes its writing side at the end and emits
 *   received(); on failure it aborts the sink with the reason.
 * - failed() ends any of them (Cancelled, Network, Server or Forbidden, with a sentence for the
 *   user). cancel() stops at once (the server's side too) and nothing is emitted after it.
 * - The buffers must outlive the stream's work; once it ended or the stream is gone, no thread
 *   touches them again.
 */
class ArchiveStream : public QObject
{
    Q_OBJECT

public:
    enum class Failure { Cancelled, Network, Server, Forbidden };
    Q_ENUM(Failure)

    // Runs a step of the job on the server the way the job runs all its steps (its own commands,
    // its wording when the step fails, which fails the job); done gets the step's output.
    using RunStep =
        std::function<void(const QString &script, std::chrono::milliseconds timeout,
                           const QString &failureText, const std::function<void(const QByteArray &)> &done)>;

    // A file the direct way fetches as it is (TransferMethod::Way::Direct).
    struct DirectFile
    {
        QString remotePath; // relative to the server's home
        QString name; // its name in the archive the stream hands on
        qint64 size = 0;
        qint64 mtime = 0;
    };

    struct Context
    {
        QString jobId;
        ArchiveFormat format;
        QString archiveName; // the archive's name in the job folder, where one is stored
        RunStep runStep;
        // Streams that cut the archive into parts and requests use these; 0: their default.
        qint64 partSize = 0;
        qint64 chunkSize = 0;
        // The direct way (downloads): the files to fetch, in order. A stream that implements it
        // frames them as an uncompressed tar, so the job's extractor checks and places them as
        // any archive; measure() then gives that archive's exact size.
        TransferMethod::Way method = TransferMethod::Way::Archive;
        QList<DirectFile> files;
    };

    using QObject::QObject;

    // Room the archive takes in the server's home while it arrives, beyond the bytes it holds
    // (parts waiting to be read; nothing when it goes straight into tar).
    virtual qint64 stagingRoom(qint64 bytes) const = 0;
    // Whether a download is packed while it is sent, so that its size is only bounded before
    // (and progress is best counted in the file data extracted).
    virtual bool packsWhileSending() const = 0;

    virtual void upload(BoundedBuffer *source, qint64 expectedBytes) = 0;
    virtual void measure(const ArchiveTotals &expected) = 0;
    virtual void download(BoundedBuffer *sink, qint64 archiveBytes) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    // Bytes of the archive handed to the server (upload) or to the sink (download); total -1
    // when unknown.
    void progressed(qint64 done, qint64 total);
    void sent();
    void unpacked(const QByteArray &output);
    void measured(qint64 archiveBytes);
    void received(qint64 bytes);
    void failed(fornax::ArchiveStream::Failure failure, const QString &message);
};

} // namespace fornax
