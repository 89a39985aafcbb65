#pragma once

#include "transfer/ArchiveStream.h"

#include <QPointer>

namespace fornax {

class LocalShell;

/**
 * ArchiveStream into and out of a local `sh` over the loopback's folder, the way SSH streams:
 * an upload is written into the standard input of StreamScript::unpack(), a download read from
 * the standard output of StreamScript::pack(), so the archive is packed while it is sent. For
 * tests: QProcess buffers what the shell prints, so a download's memory is bounded only by the
 * test's size.
 */
class LoopbackStream : public ArchiveStream
{
    Q_OBJECT

public:
    LoopbackStream(const QString &home, const Context &context, QObject *parent = nullptr);
    ~LoopbackStream() override;

    qint64 stagingRoom(qint64 bytes) const override;
    bool packsWhileSending() const override { return true; }
    void upload(BoundedBuffer *source, qint64 expectedBytes) override;
    void measure(const ArchiveTotals &expected) override;
    void download(BoundedBuffer *sink, qint64 archiveBytes) override;
    void cancel() override;

private:
    void feed();
    void drain();
    void shellExited(int exitCode, const QByteArray &output, const QByteArray &errors);

    QString m_home;
    Context m_context;
    QPointer<LocalShell> m_shell;
    QPointer<BoundedBuffer> m_source;
    QPointer<BoundedBuffer> m_sink;
    QByteArray m_pending; // read from the shell, not yet taken by the sink
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_exited = false;
    int m_exitCode = 0;
    QByteArray m_output;
    QByteArray m_errors;
};

} // namespace fornax
