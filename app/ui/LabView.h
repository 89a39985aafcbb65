#pragma once

#include "hub/HubUrl.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace fornax::ui {

class LabPage;

/**
 * JupyterLab inside the app, in the hub's web profile (already signed in), or the classic
 * Notebook page for servers that have no JupyterLab. A crashed page offers Reload instead of a
 * blank area; the page's title is offered to the window.
 */
class LabView : public QWidget
{
    Q_OBJECT

public:
    LabView(QWebEngineProfile *profile, const HubUrl &hub, QWidget *parent = nullptr);

    // Loads <server>lab, or <server>tree when hasLab is false; again only for a new URL.
    void open(const QUrl &serverUrl, bool hasLab);
    void reload();
    // A file or folder of the server (relative to its home) in the page: a notebook in
    // JupyterLab's editor (the classic Notebook's page without a lab), a folder in the file
    // browser. Nothing before open().
    void openPath(const QString &remotePath, bool isFolder);
    // The URL openPath() loads.
    static QUrl pathUrl(const QUrl &serverUrl, bool hasLab, const QString &remotePath, bool isFolder);
    bool hasLab() const { return m_hasLab; }
    QUrl serverUrl() const { return m_serverUrl; }
    QWebEngineView *view() const { return m_view; }
    LabPage *page() const { return m_page; }

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    QUrl m_serverUrl;
    bool m_hasLab = true;
    QWebEngineView *m_view;
    LabPage *m_page;
    QWidget *m_crashBar;
    QLabel *m_crashText;
};

} // namespace fornax::ui
