#include "XDisplay.h"

#include "TestArtifacts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

namespace fornax::test {

namespace {

// Runs a command to its end (they all take milliseconds) with DISPLAY set to display.
QByteArray runOn(const QString &display, const QString &program, const QStringList &arguments,
                 int *exitCode = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    const bool done = process.waitForFinished(20'000);
    if (!done) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = done && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

struct DisplayCloser
{
    void operator()(Display *display) const { XCloseDisplay(display); }
};

std::unique_ptr<Display, DisplayCloser> openDisplay(const QString &name)
{
    return std::unique_ptr<Display, DisplayCloser>(XOpenDisplay(name.toLocal8Bit().constData()));
}

} // namespace

XDisplay::XDisplay()
    : m_name(qEnvironmentVariable("DISPLAY"))
{ }

XDisplay::~XDisplay()
{
    if (m_xvfb) {
        m_xvfb->terminate();
        if (!m_xvfb->waitForFinished(5'000))
            m_xvfb->kill();
        m_xvfb->waitForFinished();
    }
}

bool XDisplay::startPrivate(QString *error)
{
    // Xvfb picks a free display number and writes it to the file descriptor it is given; a
    // temporary file stands in for the pipe test-session.sh uses.
    QTemporaryFile numberFile;
    if (!numberFile.open()) {
        *error = QStringLiteral("no temporary file for Xvfb's display number");
        return false;
    }
    m_xvfb = std::make_unique<QProcess>();
    const QString path = numberFile.fileName();
    m_xvfb->setProgram(QStringLiteral("/bin/sh"));
    m_xvfb->setArguments({QStringLiteral("-c"),
                          QStringLiteral("exec Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp "
                                         "-noreset 3>\"$0\""),
                          path});
    m_xvfb->setProcessChannelMode(QProcess::MergedChannels);
    m_xvfb->start();
    const QDeadlineTimer deadline(10'000);
    QByteArray number;
    while (!deadline.hasExpired() && m_xvfb->state() != QProcess::NotRunning) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            number = file.readAll().trimmed();
        if (!number.isEmpty())
            break;
        m_xvfb->waitForFinished(50); // returns at once if it died; otherwise a short wait
    }
    if (number.isEmpty()) {
        *error = QStringLiteral("Xvfb did not start: %1").arg(QString::fromLocal8Bit(m_xvfb->readAll()));
        m_xvfb.reset();
        return false;
    }
    m_name = QStringLiteral(":") + QString::fromLatin1(number);
    return true;
}

bool XDisplay::hasTrayHost() const
{
    const auto display = openDisplay(m_name);
    if (!display)
        return false;
    const Atom selection = XInternAtom(display.get(), "_NET_SYSTEM_TRAY_S0", False);
    return XGetSelectionOwner(display.get(), selection) != None;
}

QString XDisplay::xdotool(const QStringList &arguments, int *exitCode) const
{
    return QString::fromLocal8Bit(runOn(m_name, QStringLiteral("xdotool"), arguments, exitCode)).trimmed();
}

QList<quint64> XDisplay::windows(qint64 pid, const QString &title) const
{
    QStringList arguments {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                           QString::number(pid)};
    if (!title.isEmpty())
        arguments << QStringLiteral("--name") << QRegularExpression::escape(title);
    QList<quint64> found;
    for (const QString &line : xdotool(arguments).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // xdotool's name match also finds windows whose other names match: check the title.
        if (title.isEmpty() || this->title(line.toULongLong()).contains(title))
            found << line.toULongLong();
    }
    return found;
}

QList<quint64> XDisplay::windowsOfClass(const QString &windowClass) const
{
    QList<quint64> found;
    const QString out = xdotool(
        {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--class"), windowClass});
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        found << line.toULongLong();
    return found;
}

QRect XDisplay::geometry(quint64 window) const
{
    // --shell prints WINDOW=, X=, Y=, WIDTH=, HEIGHT=, SCREEN= lines.
    const QString out =
        xdotool({QStringLiteral("getwindowgeometry"), QStringLiteral("--shell"), QString::number(window)});
    QHash<QString, int> values;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            values.insert(line.left(equals), line.mid(equals + 1).toInt());
    }
    if (!values.contains(QStringLiteral("WIDTH")))
        return {};
    return {values.value(QStringLiteral("X")), values.value(QStringLiteral("Y")),
            values.value(QStringLiteral("WIDTH")), values.value(QStringLiteral("HEIGHT"))};
}

QString XDisplay::title(quint64 window) const
{
    return xdotool({QStringLiteral("getwindowname"), QString::number(window)});
}

bool XDisplay::key(quint64 window, const QString &keys) const
{
    int focused = -1;
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window)}, &focused);
    int pressed = -1;
    xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), keys}, &pressed);
    if (focused != 0 || pressed != 0)
        qWarning() << "xdotool: focusing window" << window << "gave" << focused << "and pressing" << keys
                   << "gave" << pressed;
    return focused == 0 && pressed == 0;
}

bool XDisplay::type(quint64 window, const QString &text) const
{
    int focused = -1;
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window)}, &focused);
    int typed = -1;
    xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), text}, &typed);
    return focused == 0 && typed == 0;
}

bool XDisplay::moveTo(const QPoint &at) const
{
    int moved = -1;
    xdotool({QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(at.x()),
             QString::number(at.y())},
            &moved);
    return moved == 0;
}

bool XDisplay::click(const QPoint &at, int button) const
{
    int clicked = -1;
    if (!moveTo(at))
        return false;
    xdotool({QStringLiteral("click"), QString::number(button)}, &clicked);
    return clicked == 0;
}

bool XDisplay::requestClose(quint64 window) const
{
    const auto display = openDisplay(m_name);
    if (!display)
        return false;
    XEvent event {};
    event.xclient.type = ClientMessage;
    event.xclient.window = Window(window);
    event.xclient.message_type = XInternAtom(display.get(), "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = long(XInternAtom(display.get(), "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    const Status sent = XSendEvent(display.get(), Window(window), False, NoEventMask, &event);
    XFlush(display.get());
    return sent != 0;
}

QString XDisplay::screenshot(const QString &name) const
{
    const QString path = QDir(TestArtifacts::directory()).filePath(name + QStringLiteral(".png"));
    int exitCode = -1;
    runOn(m_name, QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path},
          &exitCode);
    return exitCode == 0 ? path : QString();
}

} // namespace fornax::test
