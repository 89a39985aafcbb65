// fornax-test-dragsource PATH...: a window another X client can drag files from, like a file
// manager. Pressing the mouse in it and moving starts a real XDND drag that offers the paths as
// file:// URLs (text/uri-list); how it ended is printed on stdout ("drag: copy" or
// "drag: ignored"). The process tests drive it with xdotool, pressing here and releasing over
// the app's window.
#include <QApplication>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace {

class DragSource : public QLabel
{
public:
    explicit DragSource(const QStringList &paths)
        : QLabel(QStringLiteral("Drag %1 item(s) from here").arg(paths.size()))
        , m_paths(paths)
    {
        setWindowTitle(QStringLiteral("fornax-test-dragsource"));
        setAlignment(Qt::AlignCenter);
        setStyleSheet(QStringLiteral("background: #cde; font-size: 18px;"));
        resize(300, 200);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override { m_pressedAt = event->position().toPoint(); }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!(event->buttons() & Qt::LeftButton) || m_dragging
            || (event->position().toPoint() - m_pressedAt).manhattanLength()
                < QApplication::startDragDistance())
            return;
        m_dragging = true;
        auto *offered = new QMimeData;
        QList<QUrl> urls;
        for (const QString &path : std::as_const(m_paths))
            urls << QUrl::fromLocalFile(path);
        offered->setUrls(urls);
        auto *drag = new QDrag(this);
        drag->setMimeData(offered);
        const Qt::DropAction result = drag->exec(Qt::CopyAction);
        QTextStream(stdout) << (result == Qt::CopyAction ? "drag: copy" : "drag: ignored") << Qt::endl;
        m_dragging = false;
    }

private:
    QStringList m_paths;
    QPoint m_pressedAt;
    bool m_dragging = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    DragSource source(QApplication::arguments().mid(1));
    source.move(1200, 700); // beside the app's window, as another program's would be
    source.show();
    QTextStream(stdout) << "ready" << Qt::endl;
    return QApplication::exec();
}
