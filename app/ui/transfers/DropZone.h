#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QMimeData;
class QWidget;

namespace fornax::ui {

/**
 * Makes a widget accept files and folders dragged from the desktop or a file manager, and
 * turns a drop into an upload request for the remote folder the user is looking at.
 *
 * Installed on a widget as an event filter, so any window or panel can become a drop target
 * without subclassing. Drops that land on children that take no drops themselves reach it too;
 * a web view takes its own drops, which is why the page inside it is left alone. While a drag
 * hovers it, an overlay names the folder the files will go to, so a drop never surprises.
 * Only local files are accepted: links and text are refused at once.
 */
class DropZone : public QObject
{
    Q_OBJECT

public:
    explicit DropZone(QWidget *target);
    ~DropZone() override;

    QWidget *target() const { return m_target; }
    // The remote folder a drop goes to ("" is the home folder).
    void setFolder(const QString &remoteFolder);
    QString folder() const { return m_folder; }
    // Off while nobody is signed in: drags are refused rather than accepted and lost.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isHighlighted() const;
    QLabel *overlay() const { return m_overlay; }

    // The local paths a drag carries; empty unless every item is a local file or folder.
    static QStringList localPaths(const QMimeData *mime);
    // "your home folder", or the folder's path, as the overlay and messages name it.
    static QString folderText(const QString &remoteFolder);

Q_SIGNALS:
    void dropped(const QStringList &localPaths, const QString &remoteFolder);
    void highlightChanged(bool highlighted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setHighlighted(bool highlighted);

    QPointer<QWidget> m_target;
    QLabel *m_overlay;
    QString m_folder;
    bool m_enabled = true;
};

} // namespace fornax::ui
