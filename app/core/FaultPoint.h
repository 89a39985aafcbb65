#pragma once

#include <QString>

namespace fornax {

/**
 * Test-only fault points: places in a placement where a test can make the work stop dead, to
 * prove that whatever instant the terminal, the SSH channel or the app dies, the destination
 * holds the complete old item or the complete new one.
 *
 * Driven by one environment variable, read when a script is generated or a local step runs:
 *
 *   FORNAX_TEST_FAULT=<where>:<step>[:pause]
 *
 * <where> names the sequence ("place" is the server-side placement of an upload, "local-place"
 * the placement of a download on this computer), <step> counts its steps from 1 (each step is
 * one change on disk; the commit marker and the removal of each old copy are steps too). At
 * that step the server script kills itself with SIGKILL (as a dead terminal, channel or app
 * would leave it: no trap runs) and the app raises SIGKILL on itself. With ":pause" the server
 * script instead writes its process id into "<job folder>/fault-<step>" and waits until that
 * file is removed, so a test can cut the real connection, kill the real terminal or the real
 * app at that instant, and then let it go on (remove the file) or kill the process.
 *
 * Unset (always, outside tests) it adds nothing: the scripts get an empty function and the
 * local check is one cached comparison.
 */
class FaultPoint
{
public:
    // Shell code defining fp() for a script of that name; $J must hold the job folder.
    static QString shellFunction(const QString &where);
    // The app's own steps: raises SIGKILL when the variable names this place and step.
    static void hit(const char *where, int step);
};

} // namespace fornax
