#include "LabView.h"

#include "LabPage.h"
#include "Logging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace fornax::ui {

LabView::LabView(QWebEngineProfile *profile, const HubUrl &hub, QWidget *parent)
    : QWidget(parent)
    , m_view(new QWebEngineView)
    , m_page(new LabPage(profile, hub, m_view))
    , m_crashBar(new QWidget)
    , m_crashText(new QLabel)
{
    setObjectName(QStringLiteral("labView"));
    m_view->setPage(m_page);
    m_view->setObjectName(QStringLiteral("labWebView"));
    m_view->setAccessibleName(tr("JupyterLab"));

    auto *reloadButton = new QPushButton(tr("&Reload"));
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    auto *barLayout = new QHBoxLayout(m_crashBar);
    m_crashText->setWordWrap(true);
    barLayout->addWidget(m_crashText, 1);
    barLayout->addWidget(reloadButton);
    m_crashBar->setObjectName(QStringLiteral("crashBar"));
    m_crashBar->setStyleSheet(QStringLiteral("background: #fde7e9; color: #5c0011;"));
    m_crashBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_crashBar);
    layout->addWidget(m_view, 1);

    connect(reloadButton, &QPushButton::clicked, this, &LabView::reload);
    connect(m_view, &QWebEngineView::titleChanged, this, &LabView::titleChanged);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                qCWarning(lcUi) << "the JupyterLab page crashed:" << status;
                m_crashText->setText(tr("The JupyterLab page stopped working. Your server and your "
                                        "notebooks are fine; reload the page to carry on."));
                m_crashBar->show();
            });
}

void LabView::open(const QUrl &serverUrl, bool hasLab)
{
    if (serverUrl == m_serverUrl && !m_view->url().isEmpty())
        return;
    m_serverUrl = serverUrl;
    m_hasLab = hasLab;
    m_crashBar->hide();
    m_view->load(serverUrl.resolved(QUrl(hasLab ? QStringLiteral("lab") : QStringLiteral("tree"))));
}

QUrl LabView::pathUrl(const QUrl &serverUrl, bool hasLab, const QString &remotePath, bool isFolder)
{
    QString encoded;
    for (const QString &part : remotePath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        encoded += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(part));
    const QString route = hasLab ? QStringLiteral("lab/tree")
        : isFolder               ? QStringLiteral("tree")
                                 : QStringLiteral("notebooks");
    return serverUrl.resolved(QUrl(route + encoded, QUrl::StrictMode));
}

void LabView::openPath(const QString &remotePath, bool isFolder)
{
    if (!m_serverUrl.isValid())
        return;
    m_crashBar->hide();
    m_view->load(pathUrl(m_serverUrl, m_hasLab, remotePath, isFolder));
}

void LabView::reload()
{
    m_crashBar->hide();
    m_view->reload();
}

} // namespace fornax::ui
