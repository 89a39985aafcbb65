#pragma once

#include <QPushButton>
#include <QStringList>

class QMimeData;

namespace fornax::ui {

/**
 * The Jobs panel's "Run…" button, which also takes a local notebook or script dropped on it
 * (.ipynb, .py, .sh): dropped() names the one file, which is then uploaded and run. Drops of
 * anything else (folders, several files, other kinds) are refused while they hover, so the
 * cursor says so before the drop.
 */
class RunDropButton : public QPushButton
{
    Q_OBJECT

public:
    explicit RunDropButton(const QString &text, QWidget *parent = nullptr);

    // The local file of a drop if it is one runnable file; empty otherwise.
    static QString runnableFile(const QMimeData *mime);

Q_SIGNALS:
    void dropped(const QString &localPath);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace fornax::ui
