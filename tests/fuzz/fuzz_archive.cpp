// Fuzz target: ArchiveExtractor's safety checks over arbitrary bytes taken as a downloaded
// archive (tar, plain or gzip/zstd/xz/bzip2-compressed), fed through a BoundedBuffer as a
// transport would feed it, into a real folder.
//
// The folder layout, made once per process in a temporary directory:
//   sandbox/outside.txt    must never change (content, mode, link count: no hard link to it)
//   sandbox/target/        the download folder; holds "a" before every run ("keep\n")
// Checked besides memory safety, after every input: nothing appeared, vanished or changed in the
// sandbox outside target/; no symbolic link inside target/ resolves outside it; "a" is never
// overwritten; a refused archive leaves target/ exactly as it was (only "a"), an accepted one
// leaves no temporary folder; the user-facing message has no control characters a hostile name
// could use to forge text. Absolute names are refused before they reach the disk (and a
// relative escape would land in the sandbox, which is checked).
#include "BoundedBuffer.h"
#include "archive/ArchiveExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using fornax::ArchiveError;
using fornax::ArchiveExtractor;
using fornax::BoundedBuffer;

namespace {

void check(bool condition, const char *what, const std::string &detail = {})
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_archive: %s %s\n", what, detail.c_str());
        std::abort();
    }
}

std::vector<std::string> children(const std::string &folder)
{
    std::vector<std::string> names;
    if (DIR *dir = ::opendir(folder.c_str())) {
        while (const dirent *child = ::readdir(dir)) {
            if (std::strcmp(child->d_name, ".") != 0 && std::strcmp(child->d_name, "..") != 0)
                names.emplace_back(child->d_name);
        }
        ::closedir(dir);
    }
    return names;
}

std::string readFile(const std::string &path)
{
    std::string text;
    if (FILE *file = std::fopen(path.c_str(), "rb")) {
        char chunk[256];
        size_t n = 0;
        while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0)
            text.append(chunk, n);
        std::fclose(file);
    }
    return text;
}

void writeFile(const std::string &path, const std::string &text)
{
    FILE *file = std::fopen(path.c_str(), "wb");
    check(file != nullptr, "cannot create", path);
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
}

// Removes a tree without following links, also where the archive made folders read-only.
void removeTree(const std::string &path)
{
    struct stat st = {};
    if (::lstat(path.c_str(), &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        ::unlink(path.c_str());
        return;
    }
    ::chmod(path.c_str(), (st.st_mode & 07777) | S_IRWXU);
    for (const std::string &child : children(path))
        removeTree(path + '/' + child);
    ::rmdir(path.c_str());
}

std::deque<std::string> components(const std::string &path)
{
    std::deque<std::string> parts;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t slash = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, slash - start);
        if (!part.empty() && part != ".")
            parts.push_back(part);
        start = slash + 1;
    }
    return parts;
}

// Where a link ends up, resolved as the kernel would (absolute targets included), written
// independently of the extractor's own check. Components past a missing one are taken by name.
std::string resolve(const std::string &linkPath)
{
    std::deque<std::string> stack = components(linkPath);
    stack.pop_back();
    std::deque<std::string> pending;
    std::vector<char> target(PATH_MAX);
    auto follow = [&](const std::string &path) {
        const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        check(n >= 0 && size_t(n) < target.size(), "readlink failed on", path);
        const std::string text(target.data(), size_t(n));
        if (!text.empty() && text[0] == '/')
            stack.clear();
        const std::deque<std::string> parts = components(text);
        pending.insert(pending.begin(), parts.begin(), parts.end());
    };
    follow(linkPath);
    int hops = 0;
    while (!pending.empty()) {
        const std::string part = pending.front();
        pending.pop_front();
        if (part == "..") {
            if (!stack.empty())
                stack.pop_back();
            continue;
        }
        stack.push_back(part);
        std::string path;
        for (const std::string &component : stack)
            path += '/' + component;
        struct stat st = {};
        if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
            if (++hops > 40)
                return path; // a loop: the kernel refuses to follow it, so it reaches nothing
            stack.pop_back();
            follow(path);
        }
    }
    std::string path;
    for (const std::string &component : stack)
        path += '/' + component;
    return path.empty() ? std::string("/") : path;
}

void checkLinksInside(const std::string &folder, const std::string &root)
{
    for (const std::string &name : children(folder)) {
        const std::string path = folder + '/' + name;
        struct stat st = {};
        if (::lstat(path.c_str(), &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode)) {
            const std::string end = resolve(path);
            check(end == root || end.compare(0, root.size() + 1, root + '/') == 0,
                  "link resolves outside the target:", path + " -> " + end);
        } else if (S_ISDIR(st.st_mode)) {
            ::chmod(path.c_str(), (st.st_mode & 07777) | S_IRWXU); // to look inside
            checkLinksInside(path, root);
        }
    }
}

struct Sandbox
{
    QTemporaryDir dir;
    std::string root;
    std::string target;
    std::string outside;
    struct stat outsideStat = {};

    Sandbox()
    {
        check(dir.isValid(), "no temporary folder");
        std::vector<char> real(PATH_MAX);
        check(::realpath(QFile::encodeName(dir.path()).constData(), real.data()) != nullptr,
              "realpath failed");
        root = real.data();
        target = root + "/target";
        outside = root + "/outside.txt";
        check(::mkdir(target.c_str(), 0755) == 0, "cannot create", target);
        writeFile(outside, "outside\n");
        ::lstat(outside.c_str(), &outsideStat);
    }

    void reset() const
    {
        for (const std::string &name : children(target))
            removeTree(target + '/' + name);
        writeFile(target + "/a", "keep\n");
    }

    void checkAfter(bool accepted) const
    {
        std::vector<std::string> top = children(root);
        std::sort(top.begin(), top.end());
        check(top == std::vector<std::string> {"outside.txt", "target"}, "sandbox changed");
        struct stat st = {};
        check(::lstat(outside.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink == 1
                  && st.st_mode == outsideStat.st_mode && st.st_size == outsideStat.st_size,
              "outside.txt changed");
        check(readFile(outside) == "outside\n", "outside.txt was written");
        check(::lstat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode), "target is no folder");

        checkLinksInside(target, target);
        check(::lstat((target + "/a").c_str(), &st) == 0 && S_ISREG(st.st_mode)
                  && readFile(target + "/a") == "keep\n",
              "the existing item was overwritten");
        const std::vector<std::string> items = children(target);
        if (!accepted)
            check(items == std::vector<std::string> {"a"}, "a refused archive left items behind");
        for (const std::string &name : items)
            check(name.rfind(".fornax-partial-", 0) != 0, "temporary folder left:", name);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_archive";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    static const Sandbox sandbox;
    ::umask(022);

    sandbox.reset();
    {
        // Small, so that the extractor and this writer take turns as with a real transport.
        BoundedBuffer buffer(16 * 1024);
        ArchiveExtractor extractor(&buffer, QString::fromStdString(sandbox.target));
        extractor.start();
        // False once the extractor refused the archive and aborted the buffer.
        if (buffer.write(reinterpret_cast<const char *>(data), qsizetype(size)))
            buffer.closeWriting();
        check(extractor.wait(QDeadlineTimer(60000)), "the extractor did not finish");
        const ArchiveError error = extractor.error();
        static const bool verbose = qEnvironmentVariableIsSet("FORNAX_FUZZ_VERBOSE");
        if (verbose) {
            std::printf("  -> %s %s\n", error ? qPrintable(error.kindName()) : "extracted",
                        qPrintable(error.path()));
        }
        if (error) {
            const QString message = error.message();
            check(!message.isEmpty(), "an error without a message");
            for (const QChar c : message) {
                check(c.unicode() >= 0x20 || c == QLatin1Char('\n'), "control character in",
                      message.toStdString());
            }
        }
        sandbox.checkAfter(!error);
    }
    return 0;
}
