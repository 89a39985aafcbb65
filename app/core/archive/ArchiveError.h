#pragma once

#include <QCoreApplication>
#include <QString>

namespace fornax {

/**
 * Why packing or extracting an archive failed, as a kind the code can act on plus a sentence
 * that names the file and says what to do.
 *
 * Packing errors name the local file (unreadable, changed while it was read); extraction
 * errors name the archive entry that made the whole archive unacceptable ("../../.bashrc"
 * points outside the download folder) and always say that nothing was extracted, because the
 * extractor guarantees exactly that. detail() keeps the system's or libarchive's own words.
 */
class ArchiveError
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveError)

public:
    enum class Kind {
        None,
        Cancelled,
        // The other end of the pipe gave up (a transport failure); detail is its reason.
        StreamFailed,

        // Packing.
        SourceMissing, // a chosen file or folder does not exist (any more)
        SourceUnreadable, // cannot be opened or read
        SourceChanged, // changed while it was being packed
        DuplicateName, // two chosen items would land under the same name
        PackFailed, // the archive library failed while writing

        // Extracting.
        TargetUnusable, // the download folder is missing, not a folder, or not writable
        OutsideTarget, // absolute path, "..", or a link pointing out of the download folder
        SpecialFile, // device, fifo or socket
        NameTooLong, // longer than the file system allows
        BadName, // empty or otherwise unusable name
        BadHardLink, // a hard link to something that is not a file extracted before it
        ThroughLink, // an entry whose path goes through a symbolic link
        DuplicateEntry, // the same path twice
        Corrupt, // not a readable (compressed) tar stream, or cut short
        Incomplete, // read fine, but the counts differ from what the sender announced
        Unrequested, // an entry whose top-level name was not asked for
        TooMuchData, // more bytes or entries than the sender announced (stopped before the disk fills)
        ChecksumMismatch, // a file's SHA-256 differs from the sender's
        WriteFailed, // disk full, permissions, I/O errors while writing the files
    };

    ArchiveError() = default;
    ArchiveError(Kind kind, QString path = {}, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // The archive itself is hostile or unusable: retrying the same download will not help.
    bool isUnsafeArchive() const;
    // The local path or the archive entry the error is about (may be empty).
    QString path() const { return m_path; }
    QString detail() const { return m_detail; }

    // One or two sentences for the user.
    QString message() const;
    // The kind as a stable word for logs and the CLI's --json ("outside-target").
    QString kindName() const;

    // A name as it may be shown: control characters replaced, very long names shortened in
    // the middle, so a hostile name cannot forge a message or flood a dialog.
    static QString displayName(const QString &name);

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_detail;
};

} // namespace fornax
