#include "DropZone.h"

#include "PlainText.h"

#include "Logging.h"
#include "RemoteMimeData.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace fornax::ui {

DropZone::DropZone(QWidget *target)
    : QObject(target)
    , m_target(target)
    , m_overlay(new QLabel(target))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
    m_overlay->setObjectName(QStringLiteral("dropOverlay"));
    PlainText::apply({m_overlay}); // folder names from the server
    m_overlay->setAccessibleName(tr("Drop zone"));
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    // Transparent for the mouse, so the drag keeps going to the widgets below it (and a web
    // view below it keeps its own drops).
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setStyleSheet(QStringLiteral("QLabel#dropOverlay { background: rgba(30, 100, 200, 60); "
                                            "border: 3px dashed #1e64c8; border-radius: 8px; color: #0b2f66; "
                                            "font-size: 18px; font-weight: bold; padding: 24px; }"));
    m_overlay->hide();
    setFolder({});
}

DropZone::~DropZone() = default;

void DropZone::setFolder(const QString &remoteFolder)
{
    m_folder = remoteFolder;
    m_overlay->setText(tr("Drop to upload to %1").arg(folderText(remoteFolder)));
}

void DropZone::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        setHighlighted(false);
}

bool DropZone::isHighlighted() const
{
    return !m_overlay->isHidden();
}

QStringList DropZone::localPaths(const QMimeData *mime)
{
    // Items dragged out of the remote browser: asking for their URLs would download them.
    if (!mime || mime->hasFormat(RemoteMimeData::remotePathsFormat()) || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        QString path = url.toLocalFile();
        // A folder dragged from some file managers ends in "/": the job names items by their
        // last component.
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!QFileInfo::exists(path))
            return {};
        paths.append(path);
    }
    return paths;
}

QString DropZone::folderText(const QString &remoteFolder)
{
    return remoteFolder.isEmpty() ? tr("your home folder") : tr("“%1”").arg(remoteFolder);
}

bool DropZone::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!m_enabled || localPaths(drag->mimeData()).isEmpty()) {
            drag->ignore();
            return true;
        }
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        setHighlighted(true);
        return true;
    }
    case QEvent::DragLeave:
        setHighlighted(false);
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        setHighlighted(false);
        const QStringList paths = localPaths(drop->mimeData());
        if (!m_enabled || paths.isEmpty()) {
            qCInfo(lcUi) << "drop refused:"
                         << (m_enabled ? "no local files or folders in it" : "not signed in");
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        qCInfo(lcUi) << paths.size() << "item(s) dropped for upload";
        Q_EMIT dropped(paths, m_folder);
        return true;
    }
    case QEvent::Resize:
        if (isHighlighted())
            m_overlay->setGeometry(m_target->rect());
        return false;
    default:
        return false;
    }
}

void DropZone::setHighlighted(bool highlighted)
{
    if (highlighted == isHighlighted())
        return;
    if (highlighted) {
        m_overlay->setGeometry(m_target->rect());
        m_overlay->raise();
    }
    m_overlay->setVisible(highlighted);
    Q_EMIT highlightChanged(highlighted);
}

} // namespace fornax::ui
