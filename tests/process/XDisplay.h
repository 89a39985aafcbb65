#pragma once

#include <QProcess>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>

namespace fornax::test {

/**
 * An X display as the process tests use it: the test session's own (Xvfb with the trayer tray
 * host, from tests/support/test-session.sh) or a private Xvfb with no tray host at all, started
 * by the test — the desktop without a tray that the app must detect by itself. Everything a
 * person does is done through it from outside the app: xdotool for keys, clicks and typing,
 * the window manager's close request, `import` for screenshots.
 */
class XDisplay
{
public:
    // The display in $DISPLAY (the test session's, with a tray host).
    XDisplay();
    ~XDisplay();
    XDisplay(const XDisplay &) = delete;
    XDisplay &operator=(const XDisplay &) = delete;

    // Replaces this display by a new private Xvfb without any tray host.
    bool startPrivate(QString *error);
    QString name() const { return m_name; }
    bool isPrivate() const { return m_xvfb != nullptr; }
    // Whether a system tray host (XEmbed) owns _NET_SYSTEM_TRAY_S0 on this display.
    bool hasTrayHost() const;

    // xdotool on this display; its trimmed output, or an empty string if it failed.
    QString xdotool(const QStringList &arguments, int *exitCode = nullptr) const;
    // The mapped windows of process pid whose title contains title (any when empty).
    QList<quint64> windows(qint64 pid, const QString &title = {}) const;
    QList<quint64> windowsOfClass(const QString &windowClass) const;
    QRect geometry(quint64 window) const;
    QString title(quint64 window) const;
    // Gives window the keyboard focus and presses keys (xdotool names: "ctrl+q", "Escape").
    bool key(quint64 window, const QString &keys) const;
    // Types text into the focused widget of window, as a keyboard would.
    bool type(quint64 window, const QString &text) const;
    // Moves the pointer to (x, y) of the screen and clicks button (1 left, 3 right).
    bool click(const QPoint &at, int button = 1) const;
    bool moveTo(const QPoint &at) const;
    // What a window manager's close button does: WM_DELETE_WINDOW to the window.
    bool requestClose(quint64 window) const;
    // The whole screen into $FORNAX_TEST_ARTIFACTS/<name>.png; the path, or empty on failure.
    QString screenshot(const QString &name) const;

private:
    QString m_name;
    std::unique_ptr<QProcess> m_xvfb;
};

} // namespace fornax::test
