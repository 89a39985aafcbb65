#include "ArchiveError.h"

namespace fornax {

ArchiveError::ArchiveError(Kind kind, QString path, QString detail)
    : m_kind(kind)
    , m_path(std::move(path))
    , m_detail(std::move(detail))
{ }

bool ArchiveError::isUnsafeArchive() const
{
    switch (m_kind) {
    case Kind::OutsideTarget:
    case Kind::SpecialFile:
    case Kind::NameTooLong:
    case Kind::BadName:
    case Kind::BadHardLink:
    case Kind::ThroughLink:
    case Kind::DuplicateEntry:
    case Kind::Unrequested:
    case Kind::TooMuchData:
        return true;
    default:
        return false;
    }
}

QString ArchiveError::displayName(const QString &name)
{
    QString shown;
    shown.reserve(name.size());
    for (const QChar c : name)
        shown.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u'?')
                                                                                                 : c);
    constexpr qsizetype MaxShown = 80;
    if (shown.size() > MaxShown) {
        QString head = shown.left(MaxShown / 2);
        QString tail = shown.right(MaxShown / 2 - 1);
        // Never cut a character that needs two UTF-16 units in half.
        if (head.back().isHighSurrogate())
            head.chop(1);
        if (tail.front().isLowSurrogate())
            tail.remove(0, 1);
        shown = head + QChar(0x2026) + tail;
    }
    return shown;
}

QString ArchiveError::message() const
{
    const QString name = displayName(m_path);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The transfer was cancelled.");
    case Kind::StreamFailed:
        return m_detail.isEmpty() ? tr("The transfer stopped before the archive was complete.")
                                  : tr("The transfer stopped: %1").arg(m_detail);
    case Kind::SourceMissing:
        return tr("“%1” does not exist (any more). Choose the files again.").arg(name);
    case Kind::SourceUnreadable:
        return tr("Could not read “%1”: %2. Check that you may read it, then try again.").arg(name, m_detail);
    case Kind::SourceChanged:
        return tr("“%1” changed while it was being packed. Try again when nothing is writing to it.")
            .arg(name);
    case Kind::DuplicateName:
        return tr("Two of the chosen items are called “%1”. Rename one of them or send them one at a time.")
            .arg(name);
    case Kind::PackFailed:
        return tr("Could not pack “%1”: %2.").arg(name, m_detail);
    case Kind::TargetUnusable:
        return tr("Cannot extract into “%1”: %2. Choose another folder.").arg(name, m_detail);
    case Kind::OutsideTarget:
        return tr("The archive contains “%1”, which points outside the download folder; nothing was "
                  "extracted.")
            .arg(name);
    case Kind::SpecialFile:
        return tr("The archive contains “%1”, a device, pipe or socket, which is never extracted; nothing "
                  "was extracted.")
            .arg(name);
    case Kind::NameTooLong:
        return tr("The archive contains “%1”, a name too long for this disk; nothing was extracted.")
            .arg(name);
    case Kind::BadName:
        return tr("The archive contains an entry with an unusable name (“%1”); nothing was extracted.")
            .arg(name);
    case Kind::BadHardLink:
        return tr("The archive contains “%1”, a hard link to “%2”, which is not a file extracted before "
                  "it; nothing was extracted.")
            .arg(name, displayName(m_detail));
    case Kind::ThroughLink:
        return tr("The archive contains “%1”, which would be written through a symbolic link; nothing "
                  "was extracted.")
            .arg(name);
    case Kind::DuplicateEntry:
        return tr("The archive contains “%1” twice; nothing was extracted.").arg(name);
    case Kind::Corrupt:
        return tr("The archive is damaged or incomplete (%1); nothing was extracted. Try the download "
                  "again.")
            .arg(m_detail);
    case Kind::Incomplete:
        return tr("The archive is incomplete (%1); nothing was extracted. Try the download again.")
            .arg(m_detail);
    case Kind::WriteFailed:
        return tr("Could not write “%1”: %2; nothing was extracted. Check the free space and the "
                  "permissions of the download folder.")
            .arg(name, m_detail);
    case Kind::Unrequested:
        return tr("The archive contains “%1”, which was not asked for; nothing was extracted. The "
                  "server sent more than the chosen items: tell your hub's administrators.")
            .arg(name);
    case Kind::TooMuchData:
        return tr("The archive holds %1 (at “%2”); extraction stopped there and nothing was extracted. "
                  "Try the download again; if it happens again, tell your hub's administrators.")
            .arg(m_detail, name);
    case Kind::ChecksumMismatch:
        return tr("“%1” arrived with different contents than the server has (SHA-256); nothing was "
                  "extracted. Download again.")
            .arg(name);
    }
    return {};
}

QString ArchiveError::kindName() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::StreamFailed:
        return QStringLiteral("stream-failed");
    case Kind::SourceMissing:
        return QStringLiteral("source-missing");
    case Kind::SourceUnreadable:
        return QStringLiteral("source-unreadable");
    case Kind::SourceChanged:
        return QStringLiteral("source-changed");
    case Kind::DuplicateName:
        return QStringLiteral("duplicate-name");
    case Kind::PackFailed:
        return QStringLiteral("pack-failed");
    case Kind::TargetUnusable:
        return QStringLiteral("target-unusable");
    case Kind::OutsideTarget:
        return QStringLiteral("outside-target");
    case Kind::SpecialFile:
        return QStringLiteral("special-file");
    case Kind::NameTooLong:
        return QStringLiteral("name-too-long");
    case Kind::BadName:
        return QStringLiteral("bad-name");
    case Kind::BadHardLink:
        return QStringLiteral("bad-hard-link");
    case Kind::ThroughLink:
        return QStringLiteral("through-link");
    case Kind::DuplicateEntry:
        return QStringLiteral("duplicate-entry");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Incomplete:
        return QStringLiteral("incomplete");
    case Kind::WriteFailed:
        return QStringLiteral("write-failed");
    case Kind::Unrequested:
        return QStringLiteral("unrequested");
    case Kind::TooMuchData:
        return QStringLiteral("too-much-data");
    case Kind::ChecksumMismatch:
        return QStringLiteral("checksum-mismatch");
    }
    return {};
}

} // namespace fornax
