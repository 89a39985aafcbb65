#pragma once

#include "ArchiveFormat.h"
#include "ArchiveTotals.h"
#include "RemoteScript.h"
#include "TransferJob.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace fornax {

class ArchiveExtractor;
class BoundedBuffer;
class ContentsTransport;
class HubError;
class SshTransport;

/**
 * Downloads files and folders from the user's server into a local folder, as one compressed
 * tar stream packed on the server: each item lands inside the target folder under its own
 * name, and the target folder is created when missing.
 *
 * Steps: probe the server, measure the chosen items there (a missing one fails the job by
 * name), find the names that already exist locally and settle them, refuse what would not fit
 * on this computer, pack on the server, then — its exact size known — wait for the egress check
 * when asked to (setRequiresApproval()), stream it down into safe extraction (all or nothing,
 * nothing outside the target folder), and compare the counts (and checksums on request).
 * Over SSH (TransferJob) nothing is packed in advance: the approval is asked for the most the
 * stream can carry (see archiveSize()), and only then does the server's `tar -c` stream through
 * an exec channel into the same safe extraction.
 */
class DownloadJob : public TransferJob
{
    Q_OBJECT

public:
    DownloadJob(HubClient *client, const QUrl &serverUrl, const QStringList &remotePaths,
                const QString &localFolder, QObject *parent = nullptr);
    ~DownloadJob() override;

    QStringList remotePaths() const { return m_paths; }
    QString title() const override;
    void setCompression(std::optional<Compression> compression) { m_forcedCompression = compression; }
    // What the chosen items hold on the server, once measured.
    ArchiveTotals remoteTotals() const { return m_expected; }

protected:
    void begin() override;
    void stopWork() override;
    void conflictsResolved() override;
    void approved() override;

private:
    void probed(const QByteArray &output);
    void itemsStated(const QByteArray &output);
    void packed(const QByteArray &output);
    void measuredForApproval();
    void transportFailed(const HubError &error, const QString &message);
    void extracted();
    void verifyChecksums();
    QString archiveName() const;

    QStringList m_paths; // relative to the server's home (or absolute)
    QStringList m_names;
    std::optional<Compression> m_forcedCompression;
    ArchiveFormat m_format;
    QHash<int, RemoteScript::Item> m_items;
    QList<int> m_sending;
    ArchiveTotals m_expected;
    QHash<QString, QByteArray> m_remoteSums;
    std::unique_ptr<BoundedBuffer> m_buffer;
    std::unique_ptr<ArchiveExtractor> m_extractor;
    QPointer<ContentsTransport> m_transport;
    QPointer<SshTransport> m_sshTransport;
};

} // namespace fornax
