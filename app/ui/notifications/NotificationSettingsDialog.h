#pragma once

#include "health/Notification.h"

#include <QDialog>
#include <QMap>

class QCheckBox;

namespace fornax {
class NotificationCenter;
}

namespace fornax::ui {

/**
 * Settings ▸ Notifications…: one switch per kind of desktop notification. A change is saved at
 * once (there is nothing to confirm); Close closes.
 */
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationSettingsDialog(NotificationCenter *center, QWidget *parent = nullptr);

    QCheckBox *checkBox(Notification::Kind kind) const { return m_boxes.value(kind); }

private:
    void addSwitch(Notification::Kind kind, const QString &label, const QString &description);

    NotificationCenter *m_center;
    QMap<Notification::Kind, QCheckBox *> m_boxes;
};

} // namespace fornax::ui
