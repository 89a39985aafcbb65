#include "NotificationSettingsDialog.h"

#include "health/NotificationCenter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fornax::ui {

NotificationSettingsDialog::NotificationSettingsDialog(NotificationCenter *center, QWidget *parent)
    : QDialog(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("notificationSettings"));
    setWindowTitle(tr("Notifications"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fornax Desktop tells you about these through your desktop's notifications "
                                "(or the tray icon where there is none):"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    using K = Notification::Kind;
    addSwitch(K::ServerReady, tr("&Server ready"),
              tr("When a server you started is ready and you are elsewhere"));
    addSwitch(K::JobEnded, tr("&Job ended"), tr("When a job on your server finishes or fails"));
    addSwitch(K::CullSoon, tr("&Idle stop in 2 minutes"),
              tr("Two minutes before the hub stops an idle server, with “Keep alive 1 h”"));
    addSwitch(K::HardLimitSoon, tr("&Time limit within the hour"),
              tr("One hour before the hub's time limit stops your server"));
    addSwitch(K::ServerStopped, tr("Server stopped &unexpectedly"),
              tr("When your server stops without you asking, and why"));
    addSwitch(K::TransferDone, tr("&Long transfer done"),
              tr("When an upload or download of 30 seconds or more ends while you are elsewhere"));
    addSwitch(K::CreditAlert, tr("&Credits at 50, 80, 100 %"),
              tr("When this year's credits or this month's budget reach 50, 80 or 100 % (once each)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void NotificationSettingsDialog::addSwitch(Notification::Kind kind, const QString &label,
                                           const QString &description)
{
    auto *box = new QCheckBox(label);
    box->setObjectName(QStringLiteral("notify-") + Notification::kindName(kind));
    box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    box->setAccessibleDescription(description);
    box->setToolTip(description);
    box->setChecked(m_center->isEnabled(kind));
    connect(box, &QCheckBox::toggled, this, [this, kind](bool on) {
        m_center->setEnabled(kind, on);
    });
    layout()->addWidget(box);
    m_boxes.insert(kind, box);
}

} // namespace fornax::ui
