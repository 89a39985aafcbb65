#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fornax {
class TransferJob;
} // namespace fornax

namespace fornax::ui {

class TransferController;
class TransferListModel;

/**
 * The transfers side panel: the totals of what runs ("2 transfers, 1.2 GB of 3.4 GB, about 3
 * minutes left") and one row per upload or download with its progress, bytes, rate, time left
 * and state, and the actions a row offers: Cancel, Retry, Open folder (on this computer), Show
 * in browser (on the server), Clear finished.
 *
 * Finished rows stay until cleared, so what happened while the user was away can be read. All
 * of it works from the keyboard (Delete cancels the selected rows).
 */
class TransferPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(TransferController *controller, QWidget *parent = nullptr);

    TransferListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<TransferJob *> selectedJobs() const;
    void selectJob(TransferJob *job);
    QString totalsText() const;
    // Show in browser needs a remote file browser to show the folder in.
    void setBrowserAvailable(bool available);

public Q_SLOTS:
    void cancelSelected();
    void retrySelected();
    void openSelectedFolder();
    void showSelectedInBrowser();

Q_SIGNALS:
    // Show in browser: the remote folder ("" is the home folder) a browser should show.
    void showInBrowserRequested(const QString &remoteFolder);

private:
    void updateTotals();
    void updateActions();

    TransferController *m_controller;
    TransferListModel *m_model;
    QLabel *m_totals;
    QTableView *m_view;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QPushButton *m_openFolderButton;
    QPushButton *m_showInBrowserButton;
    QPushButton *m_clearButton;
    bool m_browserAvailable = false;
};

} // namespace fornax::ui
