#pragma once

#include "cost/RateCard.h"
#include "hub/Profile.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fornax::ui {

/**
 * The server-size picker shown while the server is stopped: the hub's real profiles, smallest
 * first, with cores, memory and hourly rate where known, plain advice (write and test on the
 * smallest size), the profile's own options as controls, and an explicit confirmation for sizes
 * that need permission, naming what they cost.
 */
class ProfilePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePicker(QWidget *parent = nullptr);

    // The hub's rate card (RateCard::load): rates beside the sizes, their sources and the yearly
    // allotment below them. Applies to the list shown now and later ones.
    void setRateCard(const std::optional<RateCard> &card);
    // profiles in any order; preferredSlug is preselected when present (the last choice).
    void setProfiles(const QList<Profile> &profiles, const QString &preferredSlug);
    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> selectedProfile() const;
    void selectProfile(const QString &slug);
    // The user_options the current choice would send.
    QJsonObject userOptions() const;
    void setMessage(const QString &text);
    // Per size slug, whether a smaller one would have done lately (SizeAdvice); shown for the
    // size chosen, where there is a sentence for it.
    void setSizeAdvice(const QMap<QString, QString> &adviceBySlug);
    // As if Start was pressed: asks for confirmation where the size needs it, then emits.
    void requestStart();

Q_SIGNALS:
    // After any confirmation the size needed.
    void startRequested(const fornax::Profile &profile, const QJsonObject &userOptions);

private:
    void rebuildOptions();
    void showRateSources();
    void showSizeAdvice();

    QList<Profile> m_profiles;
    std::optional<RateCard> m_rates;
    QButtonGroup *m_group;
    QVBoxLayout *m_list;
    QWidget *m_optionsBox;
    QVBoxLayout *m_optionsLayout;
    QList<QComboBox *> m_optionBoxes;
    QList<QLineEdit *> m_unlistedFields;
    QLabel *m_message;
    QLabel *m_rateSources;
    QLabel *m_rightSize;
    QMap<QString, QString> m_sizeAdvice;
    QPushButton *m_startButton;
};

} // namespace fornax::ui
