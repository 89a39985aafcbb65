#include "RunDropButton.h"

#include "jobs/JobRequest.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

namespace fornax::ui {

RunDropButton::RunDropButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setAcceptDrops(true);
}

QString RunDropButton::runnableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    QString path = mime->urls().first().toLocalFile();
    JobRequest::Kind kind {};
    if (!QFileInfo(path).isFile() || !JobRequest::kindOf(path, &kind))
        return {};
    return path;
}

void RunDropButton::dragEnterEvent(QDragEnterEvent *event)
{
    if (runnableFile(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void RunDropButton::dragMoveEvent(QDragMoveEvent *event)
{
    if (runnableFile(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void RunDropButton::dropEvent(QDropEvent *event)
{
    const QString path = runnableFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT dropped(path);
}

} // namespace fornax::ui
