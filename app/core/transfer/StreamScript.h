#pragma once

#include "archive/ArchiveFormat.h"
#include "archive/ArchiveTotals.h"

#include <QString>
#include <QStringList>

namespace fornax {

/**
 * The server-side halves of the streamed transfers over SSH, as shell scripts for
 * RemoteScript::command(): they read or write the tar stream on their standard input or output,
 * which an SSH exec channel connects to this computer, so no archive is ever stored on either
 * side.
 *
 * They keep RemoteScript's conventions (POSIX sh, every path single-quoted, paths relative to the
 * home folder, tagged output lines) and its job folder, so the steps around them (probe,
 * conflicts, checksums, placing, clean-up) are the same whichever transport carries the bytes.
 */
class StreamScript
{
public:
    // Unpacks the tar stream on standard input into the job's staging folder (emptied first;
    // without group and other write, setuid or setgid), reads the input to its end even if tar
    // stops early at the end-of-archive marker, and then prints the staged totals as "T <files> <folders>
    // <links> <bytes>" for RemoteScript::parseTotals(). Exits non-zero (with tar's complaint on stderr) on
    // failure.
    static QString unpack(const QString &jobId, const ArchiveFormat &format);

    // Writes a tar stream of what the job's pack spec names (RemotePacking: each item under its
    // own name, as `cp -r` would place it; names from NUL lists, never the command line) to
    // standard output. tar replaces the shell, so closing the channel's signal reaches it.
    static QString pack(const QString &jobId, const ArchiveFormat &format);

    // The most bytes pack() can write for items holding totals: the file data plus tar's
    // headers (a long or non-ASCII name may take an extra header and name block) and padding,
    // and the end-of-archive record. Compression only makes it smaller, apart from a few bytes
    // of framing per MiB on data that does not compress, which the padding allowance covers. What
    // a download asks approval for before a byte streams.
    static qint64 streamBound(const ArchiveTotals &totals);
};

} // namespace fornax
