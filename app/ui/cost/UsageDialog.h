#pragma once

#include "cost/CostMeter.h"
#include "cost/UsageRecord.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace fornax {
class StorageMeter;
class UsageLedger;
} // namespace fornax

namespace fornax::ui {

class YearChart;

/**
 * The usage page: the credit year with its forecast (YearChart, where the hub grants a yearly
 * allotment); per month and per day of the chosen month, what was downloaded and how long
 * servers ran, with their estimated cost, as a stacked bar chart (Qt Charts) and as tables, and
 * the table shown exportable as CSV. Reads the ledger once when opened; every figure is labelled
 * an estimate.
 */
class UsageDialog : public QDialog
{
    Q_OBJECT

public:
    UsageDialog(const fornax::UsageLedger &ledger, const fornax::RateCard &card, const QString &hubUrl,
                const QString &hubName, QWidget *parent = nullptr);

    QDate month() const { return m_month; }
    void setMonth(const QDate &month);
    // The months table (days = false) or the chosen month's days as CSV.
    QString csv(bool days) const;
    // Writes csv(days) to path; false with a message shown when it cannot.
    bool exportCsv(const QString &path, bool days);
    // "Measure now" for the home folder: measureNow starts a walk on meter (false: no running
    // server); the page shows its result and the year counted afresh. Without it the button is
    // hidden.
    void setStorageMeasure(fornax::StorageMeter *meter, std::function<bool()> measureNow);

private:
    void fillTable(QTableWidget *table, const QList<fornax::CostMeter::Period> &periods, bool days);
    void updateChart(const QList<fornax::CostMeter::Period> &days);
    void exportCurrent();
    // The year's chart and the home folder's line, from the ledger read afresh.
    void updateYear();
    void measureHome();

    fornax::CostMeter m_meter;
    fornax::RateCard m_card;
    QString m_hubUrl;
    QString m_ledgerPath;
    QPointer<fornax::StorageMeter> m_storage;
    std::function<bool()> m_measureNow;
    QLabel *m_home;
    QPushButton *m_measure;
    QList<fornax::UsageRecord> m_records;
    QList<fornax::CostMeter::Period> m_months;
    QList<fornax::CostMeter::Period> m_days;
    QDate m_month;
    QComboBox *m_monthBox;
    QLabel *m_summary;
    YearChart *m_yearChart;
    QChartView *m_chartView;
    QTabWidget *m_tabs;
    QTableWidget *m_dayTable;
    QTableWidget *m_monthTable;
};

} // namespace fornax::ui
