#include "RateCardDialog.h"

#include "Settings.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fornax::ui {

namespace {

constexpr int SizeColumn = 0;
constexpr int RateColumn = 1;
constexpr int SourceColumn = 2;
constexpr qint64 BytesPerMB = 1'000'000;

QDoubleSpinBox *priceBox(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setDecimals(4);
    box->setRange(0, 1'000'000);
    box->setSingleStep(0.01);
    return box;
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

RateCardDialog::RateCardDialog(Settings *settings, const QString &hubUrl, const QString &hubName,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_hubUrl(hubUrl)
    , m_unit(new QLineEdit)
    , m_egress(priceBox(QStringLiteral("egressRate"), tr("Price per GB downloaded")))
    , m_egressSource(new QLabel)
    , m_rates(new QTableWidget(0, 3))
    , m_hasBudget(new QCheckBox(tr("Set a monthly &budget")))
    , m_budget(priceBox(QStringLiteral("monthlyBudget"), tr("Monthly budget")))
    , m_budgetSource(new QLabel)
    , m_threshold(new QSpinBox)
{
    setObjectName(QStringLiteral("rateCardDialog"));
    setWindowTitle(tr("Rates and budget — %1").arg(hubName));
    auto *intro = new QLabel(tr("What %1 charges, used for every cost estimate in the app. Check the figures "
                                "against your hub's own price list; the hub's bill is what counts.")
                                 .arg(hubName));
    intro->setWordWrap(true);

    m_unit->setObjectName(QStringLiteral("rateUnit"));
    m_unit->setAccessibleName(tr("Unit of all prices"));
    m_egressSource->setObjectName(QStringLiteral("egressRateSource"));
    m_egressSource->setWordWrap(true);
    m_budgetSource->setObjectName(QStringLiteral("monthlyBudgetSource"));
    m_budgetSource->setWordWrap(true);
    m_hasBudget->setObjectName(QStringLiteral("hasMonthlyBudget"));
    m_threshold->setObjectName(QStringLiteral("egressThreshold"));
    m_threshold->setAccessibleName(tr("Ask before downloads larger than, in MB"));
    m_threshold->setRange(0, 10'000'000);
    m_threshold->setSuffix(tr(" MB"));
    m_threshold->setValue(int(std::min<qint64>(10'000'000, settings->egressThreshold() / BytesPerMB)));

    m_rates->setObjectName(QStringLiteral("hourlyRates"));
    m_rates->setAccessibleName(tr("Price per hour of each server size"));
    m_rates->setHorizontalHeaderLabels({tr("Server size"), tr("Per hour"), tr("Source")});
    m_rates->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_rates->verticalHeader()->hide();
    m_rates->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    auto *addRate = new QPushButton(tr("&Add size"));
    addRate->setObjectName(QStringLiteral("addRateButton"));
    auto *removeRate = new QPushButton(tr("Re&move size"));
    removeRate->setObjectName(QStringLiteral("removeRateButton"));
    connect(addRate, &QPushButton::clicked, this, [this] {
        addRateRow(QString(), {0, editedSource()});
        m_rates->setCurrentCell(m_rates->rowCount() - 1, SizeColumn);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, SizeColumn));
    });
    connect(removeRate, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0)
            m_rates->removeRow(m_rates->currentRow());
    });
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(addRate);
    rateButtons->addWidget(removeRate);
    rateButtons->addStretch();

    auto *form = new QFormLayout;
    auto *unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unit);
    form->addRow(unitLabel, m_unit);
    auto *egressLabel = new QLabel(tr("Price per &GB downloaded:"));
    egressLabel->setBuddy(m_egress);
    form->addRow(egressLabel, m_egress);
    form->addRow(QString(), m_egressSource);
    auto *ratesLabel = new QLabel(tr("Price per &hour:"));
    ratesLabel->setBuddy(m_rates);
    form->addRow(ratesLabel, m_rates);
    form->addRow(QString(), rateButtons);
    form->addRow(m_hasBudget, m_budget);
    form->addRow(QString(), m_budgetSource);
    auto *thresholdLabel = new QLabel(tr("Ask before downloads &larger than:"));
    thresholdLabel->setBuddy(m_threshold);
    form->addRow(thresholdLabel, m_threshold);
    connect(m_hasBudget, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rateCardOk"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("rateCardDefaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RateCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        load(RateCard::shippedFor(m_hubUrl));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 560);

    m_loaded = RateCard::load(*settings, hubUrl);
    load(m_loaded);
}

QString RateCardDialog::editedSource() const
{
    return tr("edited by you on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
}

void RateCardDialog::addRateRow(const QString &size, const RateCard::Figure &rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, SizeColumn, new QTableWidgetItem(size));
    auto *value = priceBox(QStringLiteral("hourlyRate-%1").arg(row), tr("Price per hour"));
    value->setValue(rate.value);
    m_rates->setCellWidget(row, RateColumn, value);
    auto *source = new QTableWidgetItem(rate.source);
    source->setFlags(source->flags() & ~Qt::ItemIsEditable);
    source->setData(Qt::UserRole, rate.value); // the figure the source speaks for
    m_rates->setItem(row, SourceColumn, source);
}

void RateCardDialog::load(const RateCard &card)
{
    m_unit->setText(card.unit());
    m_egress->setValue(card.egress().value);
    m_egressSource->setText(tr("Source: %1").arg(card.egress().source));
    m_egressSource->setProperty("figure", card.egress().value);
    m_egressSource->setProperty("source", card.egress().source);
    m_rates->setRowCount(0);
    const auto rates = card.hourlyRates();
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        addRateRow(it.key(), it.value());
    const auto budget = card.monthlyBudget();
    m_hasBudget->setChecked(budget.has_value());
    m_budget->setEnabled(budget.has_value());
    m_budget->setValue(budget ? budget->value : 0);
    m_budgetSource->setText(budget ? tr("Source: %1").arg(budget->source) : QString());
    m_budgetSource->setProperty("figure", budget ? budget->value : -1.0);
    m_budgetSource->setProperty("source", budget ? budget->source : QString());
}

RateCard RateCardDialog::card() const
{
    RateCard card = m_loaded;
    card.setUnit(m_unit->text().trimmed().isEmpty() ? m_loaded.unit() : m_unit->text().trimmed());
    // A figure keeps its source while its value stays; a changed one is the user's.
    const auto figure = [this](double value, const QObject *holder) {
        return sameValue(value, holder->property("figure").toDouble())
            ? RateCard::Figure {value, holder->property("source").toString()}
            : RateCard::Figure {value, editedSource()};
    };
    card.setEgress(figure(m_egress->value(), m_egressSource));
    for (const QString &size : card.hourlyRates().keys())
        card.removeHourlyRate(size);
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString size =
            m_rates->item(row, SizeColumn) ? m_rates->item(row, SizeColumn)->text().trimmed() : QString();
        const auto *value = qobject_cast<QDoubleSpinBox *>(m_rates->cellWidget(row, RateColumn));
        const QTableWidgetItem *source = m_rates->item(row, SourceColumn);
        if (size.isEmpty() || !value)
            continue;
        const bool unchanged = source && sameValue(value->value(), source->data(Qt::UserRole).toDouble());
        card.setHourlyRate(size, {value->value(), unchanged ? source->text() : editedSource()});
    }
    if (m_hasBudget->isChecked())
        card.setMonthlyBudget(figure(m_budget->value(), m_budgetSource));
    else
        card.setMonthlyBudget(std::nullopt);
    return card;
}

void RateCardDialog::accept()
{
    const RateCard edited = card();
    // The shipped card unchanged is not stored, so a later release can correct its figures.
    if (edited == RateCard::shippedFor(m_hubUrl))
        RateCard::reset(*m_settings, m_hubUrl);
    else
        edited.save(*m_settings, m_hubUrl);
    m_settings->setEgressThreshold(qint64(m_threshold->value()) * BytesPerMB);
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace fornax::ui
