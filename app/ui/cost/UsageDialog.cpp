#include "UsageDialog.h"

#include "DataSize.h"
#include "YearChart.h"
#include "cost/CreditYear.h"
#include "cost/UsageLedger.h"
#include "health/StorageMeter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fornax::ui {

UsageDialog::UsageDialog(const UsageLedger &ledger, const RateCard &card, const QString &hubUrl,
                         const QString &hubName, QWidget *parent)
    : QDialog(parent)
    , m_meter(card, hubUrl)
    , m_card(card)
    , m_hubUrl(hubUrl)
    , m_ledgerPath(ledger.filePath())
    , m_home(new QLabel)
    , m_measure(new QPushButton(tr("&Measure home folder now")))
    , m_records(ledger.records())
    , m_monthBox(new QComboBox)
    , m_summary(new QLabel)
    , m_yearChart(new YearChart)
    , m_chartView(new QChartView)
    , m_tabs(new QTabWidget)
    , m_dayTable(new QTableWidget)
    , m_monthTable(new QTableWidget)
{
    setObjectName(QStringLiteral("usageDialog"));
    setWindowTitle(tr("Usage and costs — %1").arg(hubName));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_months = m_meter.byMonth(m_records, now);
    const QDate thisMonth = UsageLedger::monthOf(now);
    if (m_months.isEmpty() || m_months.constLast().first != thisMonth)
        m_months << CostMeter::Period {thisMonth,
                                       m_meter.estimate(m_records, m_meter.startOfMonth(thisMonth),
                                                        m_meter.startOfMonth(thisMonth.addMonths(1)), now)};

    auto *note =
        new QLabel(tr("All figures are estimates from this computer's record of downloads and server "
                      "hours, at the rates in Settings ▸ Rates and budget. The hub's bill is what counts."));
    note->setWordWrap(true);
    if (!ledger.warnings().isEmpty()) {
        note->setText(note->text() + QLatin1Char('\n') + ledger.warnings().join(QLatin1Char('\n')));
        note->setObjectName(QStringLiteral("usageWarnings"));
    }

    m_monthBox->setObjectName(QStringLiteral("usageMonth"));
    m_monthBox->setAccessibleName(tr("Month"));
    const QLocale locale;
    // Newest first. Not std::views::reverse: clang-tidy 14 cannot parse libstdc++ 12's <ranges>.
    for (qsizetype i = m_months.size() - 1; i >= 0; --i) {
        const QDate &month = m_months.at(i).first;
        m_monthBox->addItem(locale.toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    auto *monthLabel = new QLabel(tr("&Month:"));
    monthLabel->setBuddy(m_monthBox);
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setAccessibleName(tr("Estimated cost of the month"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_monthBox);
    top->addWidget(m_summary, 1);

    // The home folder: what it holds and costs, measured through the server (StorageWalk).
    m_home->setObjectName(QStringLiteral("usageHome"));
    m_home->setAccessibleName(tr("Home folder storage"));
    m_home->setWordWrap(true);
    m_home->setTextFormat(Qt::PlainText);
    m_home->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_measure->setObjectName(QStringLiteral("usageMeasureHome"));
    m_measure->setAccessibleName(tr("Measure the home folder now"));
    m_measure->setVisible(false);
    connect(m_measure, &QPushButton::clicked, this, &UsageDialog::measureHome);
    auto *homeRow = new QHBoxLayout;
    homeRow->addWidget(m_home, 1);
    homeRow->addWidget(m_measure);
    updateYear();

    m_chartView->setObjectName(QStringLiteral("usageChart"));
    m_chartView->setAccessibleName(tr("Estimated cost per day of the month, as a chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);

    m_dayTable->setObjectName(QStringLiteral("usageDays"));
    m_dayTable->setAccessibleName(tr("Usage per day"));
    m_monthTable->setObjectName(QStringLiteral("usageMonths"));
    m_monthTable->setAccessibleName(tr("Usage per month"));
    m_tabs->setObjectName(QStringLiteral("usageTabs"));
    m_tabs->addTab(m_dayTable, tr("By &day"));
    m_tabs->addTab(m_monthTable, tr("By m&onth"));
    fillTable(m_monthTable, m_months, false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("&Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("usageExport"));
    connect(exportButton, &QPushButton::clicked, this, &UsageDialog::exportCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_yearChart);
    layout->addLayout(homeRow);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 720);

    connect(m_monthBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setMonth(m_monthBox->itemData(index).toDate());
    });
    setMonth(thisMonth);
}

void UsageDialog::updateYear()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<UsageRecord> records = UsageLedger(m_ledgerPath).records();
    // The year from renewal to renewal, where the hub grants one; said in words for screen readers.
    const CreditYear year(m_card, m_hubUrl);
    const auto summary = year.summary(records, now);
    m_yearChart->setSeries(year.series(records, now), m_card.unit(),
                           summary ? year.sentences(*summary).join(QLatin1Char(' '))
                                   : tr("No yearly allotment is known for this hub."));
    m_yearChart->setVisible(summary.has_value());
    CreditYear::Summary storage;
    year.latestStorage(records, now, storage);
    QString home = year.homeUseSentence(storage);
    if (home.isEmpty())
        home = tr("Home folder: not measured yet. The app measures it while your server runs, at most "
                  "every %n hour(s).",
                  nullptr, int(StorageWalk::MinimumInterval.count()));
    m_home->setText(home);
}

void UsageDialog::setStorageMeasure(StorageMeter *meter, std::function<bool()> measureNow)
{
    m_storage = meter;
    m_measureNow = std::move(measureNow);
    m_measure->setVisible(meter != nullptr);
    if (!meter)
        return;
    m_measure->setEnabled(!meter->isMeasuring());
    connect(meter, &StorageMeter::measured, this,
            [this](const StorageWalk::Result &result, bool recorded, const QString &ledgerError) {
                m_measure->setEnabled(true);
                updateYear();
                QStringList lines {m_home->text()};
                if (!result.isValid())
                    lines << tr("The home folder could not be measured: %1").arg(result.error.message());
                else if (!recorded)
                    lines << tr("Measured %1, but the usage record could not be written: %2")
                                 .arg(result.summary(), ledgerError);
                else
                    lines << result.notes();
                m_home->setText(lines.join(QLatin1Char('\n')));
            });
}

void UsageDialog::measureHome()
{
    if (!m_measureNow || !m_measureNow()) {
        m_home->setText(tr("The home folder is measured through your server: start it, then measure again."));
        return;
    }
    m_measure->setEnabled(false);
    m_home->setText(tr("Measuring the home folder… (it reads every folder; this may take a minute)"));
}

void UsageDialog::setMonth(const QDate &month)
{
    m_month = QDate(month.year(), month.month(), 1);
    const int index = m_monthBox->findData(m_month);
    if (index >= 0 && index != m_monthBox->currentIndex())
        m_monthBox->setCurrentIndex(index); // comes back here through the signal
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_days = m_meter.byDay(m_records, m_month, now);
    fillTable(m_dayTable, m_days, true);
    updateChart(m_days);
    const CostMeter::Estimate total = m_meter.estimate(m_records, m_meter.startOfMonth(m_month),
                                                       m_meter.startOfMonth(m_month.addMonths(1)), now);
    m_summary->setText(tr("%1: %2 downloaded, %3 server hours — %4")
                           .arg(QLocale().toString(m_month, QStringLiteral("MMMM yyyy")),
                                DataSize::format(total.egressBytes),
                                QLocale().toString(total.serverHours, 'f', 1),
                                m_meter.formatEstimate(total.total())));
}

void UsageDialog::fillTable(QTableWidget *table, const QList<CostMeter::Period> &periods, bool days)
{
    const QLocale locale;
    const RateCard &card = m_meter.rateCard();
    table->clear();
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels({days ? tr("Day") : tr("Month"), tr("Downloaded"),
                                      tr("Download cost (estimate)"), tr("Server hours"),
                                      tr("Server cost (estimate)"), tr("Total (estimate)")});
    table->setRowCount(int(periods.size()));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < periods.size(); ++row) {
        const CostMeter::Period &period = periods.at(row);
        const CostMeter::Estimate &e = period.estimate;
        const QStringList cells {days ? locale.toString(period.first, QLocale::ShortFormat)
                                      : locale.toString(period.first, QStringLiteral("MMMM yyyy")),
                                 DataSize::format(e.egressBytes),
                                 card.formatAmount(e.egressCost),
                                 locale.toString(e.serverHours, 'f', 2),
                                 card.formatAmount(e.serverCost),
                                 card.formatAmount(e.total())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
}

void UsageDialog::updateChart(const QList<CostMeter::Period> &days)
{
    auto *egress = new QBarSet(tr("Downloads"));
    auto *servers = new QBarSet(tr("Servers"));
    QStringList categories;
    double highest = 0;
    for (const CostMeter::Period &day : days) {
        *egress << day.estimate.egressCost;
        *servers << day.estimate.serverCost;
        categories << QString::number(day.first.day());
        highest = std::max(highest, day.estimate.total());
    }
    auto *series = new QStackedBarSeries;
    series->append(egress);
    series->append(servers);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(
        tr("Estimated cost per day, %1").arg(QLocale().toString(m_month, QStringLiteral("MMMM yyyy"))));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(m_meter.rateCard().unit());
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QString UsageDialog::csv(bool days) const
{
    return m_meter.toCsv(days ? m_days : m_months, days);
}

bool UsageDialog::exportCsv(const QString &path, bool days)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv(days).toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The usage could not be saved to %1: %2. Choose another place.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void UsageDialog::exportCurrent()
{
    const bool days = m_tabs->currentWidget() == m_dayTable;
    const QString name = days
        ? QStringLiteral("fornax-usage-%1.csv").arg(m_month.toString(QStringLiteral("yyyy-MM")))
        : QStringLiteral("fornax-usage-by-month.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export usage as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path, days);
}

} // namespace fornax::ui
