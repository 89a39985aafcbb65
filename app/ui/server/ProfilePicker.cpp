#include "ProfilePicker.h"

#include "PlainText.h"

#include "hub/SpawnForm.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fornax::ui {

ProfilePicker::ProfilePicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_list(new QVBoxLayout)
    , m_optionsBox(new QWidget)
    , m_optionsLayout(new QVBoxLayout(m_optionsBox))
    , m_message(new QLabel)
    , m_rateSources(new QLabel)
    , m_rightSize(new QLabel)
    , m_startButton(new QPushButton(tr("&Start server")))
{
    setObjectName(QStringLiteral("profilePicker"));
    auto *title = new QLabel(tr("Choose a server size"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    auto *advice = new QLabel(tr("Use the smallest size to write and test your code; larger sizes cost more "
                                 "for every hour they run, so keep them for full runs. A server stops by "
                                 "itself after a while without activity."));
    advice->setObjectName(QStringLiteral("sizeAdvice"));
    advice->setWordWrap(true);
    m_rateSources->setObjectName(QStringLiteral("rateSources"));
    m_rateSources->setAccessibleName(tr("Where the rates come from"));
    m_rateSources->setWordWrap(true);
    m_rateSources->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rateSources->hide();
    m_rightSize->setObjectName(QStringLiteral("rightSizeAdvice"));
    m_rightSize->setAccessibleName(tr("What your last sessions used"));
    m_rightSize->setWordWrap(true);
    m_rightSize->hide();
    m_message->setObjectName(QStringLiteral("pickerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_startButton->setObjectName(QStringLiteral("startServerButton"));
    m_startButton->setAccessibleName(tr("Start a server of the chosen size"));
    m_startButton->setDefault(true);
    m_group->setExclusive(true);

    auto *sizes = new QWidget;
    sizes->setLayout(m_list);
    auto *scroll = new QScrollArea;
    scroll->setWidget(sizes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(advice);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_rateSources);
    layout->addWidget(m_rightSize);
    layout->addWidget(m_optionsBox);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_startButton);
    layout->addLayout(buttons);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            rebuildOptions();
            showSizeAdvice();
        }
    });
    connect(m_startButton, &QPushButton::clicked, this, &ProfilePicker::requestStart);
}

void ProfilePicker::setRateCard(const std::optional<RateCard> &card)
{
    m_rates = card;
    const QList<Profile> shown = m_profiles; // rebuilt with the new rates, the choice kept
    if (!shown.isEmpty())
        setProfiles(shown, {});
    else
        showRateSources();
}

void ProfilePicker::setProfiles(const QList<Profile> &profiles, const QString &preferredSlug)
{
    // A choice the user already made survives a refresh of the list (the hub's form arriving
    // after the cached list was shown).
    const auto current = selectedProfile();
    const QString keep = current ? current->slug : preferredSlug;
    // Sort through SpawnForm's rule (cores, then memory; unknown sizes last, stable).
    m_profiles = SpawnForm::sortedBySize(profiles);
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int preferred = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &profile = m_profiles.at(i);
        QStringList facts;
        if (profile.cores > 0)
            facts << tr("%1 CPU").arg(QLocale().toString(profile.cores, 'g', 4));
        if (profile.memoryGiB > 0)
            facts << tr("%1 GB memory").arg(QLocale().toString(profile.memoryGiB, 'g', 4));
        if (m_rates) {
            if (const auto rate = m_rates->hourlyRate(profile.slug, profile.displayName))
                facts << m_rates->formatHourly(*rate);
        }
        if (profile.needsPermission)
            facts << tr("needs permission");
        QString label = profile.displayName;
        if (!facts.isEmpty())
            label += QStringLiteral(" — ") + facts.join(QStringLiteral(", "));
        auto *button = new QRadioButton(label);
        button->setObjectName(QStringLiteral("profile-")
                              + (profile.slug.isEmpty() ? QStringLiteral("default") : profile.slug));
        button->setAccessibleName(label);
        button->setAccessibleDescription(profile.description);
        button->setToolTip(PlainText::toolTip(profile.description));
        m_group->addButton(button, i);
        auto *description = new QLabel(profile.description);
        PlainText::apply({description});
        description->setWordWrap(true);
        description->setIndent(24);
        m_list->addWidget(button);
        m_list->addWidget(description);
        if (profile.slug == keep && !keep.isEmpty())
            preferred = i;
    }
    m_list->addStretch();
    showRateSources();
    // The last choice; else the smallest (advised for testing) rather than the hub's default.
    const int chosen = preferred >= 0 ? preferred : (m_profiles.isEmpty() ? -1 : 0);
    if (chosen >= 0)
        m_group->button(chosen)->setChecked(true);
    m_startButton->setEnabled(!m_profiles.isEmpty());
    rebuildOptions();
}

void ProfilePicker::showRateSources()
{
    // Every figure is an estimate a user may need to check: say where the shown ones come from.
    QStringList lines;
    if (m_rates) {
        QStringList sources;
        for (const Profile &profile : std::as_const(m_profiles)) {
            for (const QString &size : {profile.slug.toLower(), profile.displayName.toLower()}) {
                const auto it = m_rates->hourlyRates().constFind(size);
                if (!size.isEmpty() && it != m_rates->hourlyRates().cend() && !sources.contains(it->source))
                    sources << it->source;
            }
        }
        if (!sources.isEmpty())
            lines << tr("Hourly rates: %1.").arg(sources.join(QStringLiteral("; ")));
        if (const auto allotment = m_rates->yearlyAllotment())
            lines << tr("Your yearly allotment: %1 (%2).")
                         .arg(m_rates->formatAmount(allotment->value), allotment->source);
    }
    m_rateSources->setText(lines.join(QLatin1Char('\n')));
    m_rateSources->setVisible(!lines.isEmpty());
}

std::optional<Profile> ProfilePicker::selectedProfile() const
{
    const int id = m_group->checkedId();
    if (id < 0 || id >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(id);
}

void ProfilePicker::selectProfile(const QString &slug)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).slug == slug)
            m_group->button(i)->setChecked(true);
    }
}

void ProfilePicker::rebuildOptions()
{
    while (QLayoutItem *item = m_optionsLayout->takeAt(0)) {
        delete item->widget();
        delete item->layout();
        delete item;
    }
    m_optionBoxes.clear();
    m_unlistedFields.clear();
    const auto profile = selectedProfile();
    m_optionsBox->setVisible(profile && !profile->options.isEmpty());
    if (!profile)
        return;
    auto *form = new QFormLayout;
    for (const ProfileOption &option : profile->options) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("option-") + option.key);
        combo->setAccessibleName(option.displayName);
        for (const ProfileChoice &choice : option.choices)
            combo->addItem(choice.displayName, choice.value);
        auto *unlisted = new QLineEdit;
        unlisted->setObjectName(QStringLiteral("option-") + option.key + QStringLiteral("-custom"));
        unlisted->setAccessibleName(option.unlistedLabel.isEmpty() ? tr("Custom value")
                                                                   : option.unlistedLabel);
        unlisted->setVisible(false);
        if (option.allowsUnlisted) {
            combo->addItem(option.unlistedLabel.isEmpty() ? tr("Other…") : option.unlistedLabel,
                           SpawnForm::UnlistedChoice);
            connect(combo, &QComboBox::currentIndexChanged, unlisted, [combo, unlisted] {
                unlisted->setVisible(combo->currentData().toString() == SpawnForm::UnlistedChoice);
            });
        }
        const int defaultIndex = combo->findData(option.defaultChoice());
        combo->setCurrentIndex(std::max(0, defaultIndex));
        auto *row = new QVBoxLayout;
        row->addWidget(combo);
        row->addWidget(unlisted);
        form->addRow(option.displayName + QLatin1Char(':'), row);
        m_optionBoxes << combo;
        m_unlistedFields << unlisted;
    }
    auto *holder = new QWidget;
    holder->setLayout(form);
    m_optionsLayout->addWidget(holder);
}

QJsonObject ProfilePicker::userOptions() const
{
    const auto profile = selectedProfile();
    if (!profile)
        return {};
    QMap<QString, QString> choices;
    QMap<QString, QString> unlisted;
    for (int i = 0; i < m_optionBoxes.size() && i < profile->options.size(); ++i) {
        const QString key = profile->options.at(i).key;
        choices.insert(key, m_optionBoxes.at(i)->currentData().toString());
        if (choices.value(key) == SpawnForm::UnlistedChoice)
            unlisted.insert(key, m_unlistedFields.at(i)->text().trimmed());
    }
    return SpawnForm::userOptions(*profile, choices, unlisted);
}

void ProfilePicker::setSizeAdvice(const QMap<QString, QString> &adviceBySlug)
{
    m_sizeAdvice = adviceBySlug;
    showSizeAdvice();
}

void ProfilePicker::showSizeAdvice()
{
    const auto chosen = selectedProfile();
    const QString text = chosen ? m_sizeAdvice.value(chosen->slug) : QString();
    m_rightSize->setText(text);
    m_rightSize->setVisible(!text.isEmpty());
}

void ProfilePicker::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ProfilePicker::requestStart()
{
    const auto profile = selectedProfile();
    if (!profile)
        return;
    for (int i = 0; i < m_optionBoxes.size(); ++i) {
        if (m_optionBoxes.at(i)->currentData().toString() == SpawnForm::UnlistedChoice
            && m_unlistedFields.at(i)->text().trimmed().isEmpty()) {
            setMessage(tr("Enter a value for “%1”, or pick one from the list.")
                           .arg(profile->options.at(i).displayName));
            m_unlistedFields.at(i)->setFocus();
            return;
        }
    }
    if (profile->needsPermission) {
        QString cost;
        if (m_rates) {
            if (const auto rate = m_rates->hourlyRate(profile->slug, profile->displayName))
                cost = tr("It costs %1, about %2 for a working day of 8 hours.")
                           .arg(m_rates->formatHourly(*rate),
                                QStringLiteral("%1 %2").arg(QLocale().toString(*rate * 8, 'g', 3),
                                                            m_rates->unit()));
        }
        if (cost.isEmpty())
            cost = tr("It costs far more per hour than the smaller sizes.");
        QMessageBox confirm(
            QMessageBox::Warning, tr("Start a %1 server?").arg(profile->displayName),
            tr("The %1 size may only be used with permission from the hub's administrators. %2 "
               "Start it only if you have that permission and your work needs it.")
                .arg(profile->displayName, cost),
            QMessageBox::Cancel, this);
        confirm.setObjectName(QStringLiteral("permissionConfirmation"));
        confirm.setTextFormat(Qt::PlainText); // the size's name comes from the hub
        QPushButton *yes = confirm.addButton(tr("I have permission, &start it"), QMessageBox::AcceptRole);
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != yes)
            return;
    }
    setMessage({});
    Q_EMIT startRequested(*profile, userOptions());
}

} // namespace fornax::ui
