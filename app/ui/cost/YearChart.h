#pragma once

#include "cost/CreditYear.h"

#include <QWidget>

#include <optional>

namespace fornax::ui {

/**
 * The credit year as a small chart: credits used so far, cumulative, from the renewal to today
 * (solid), the forecast from today to the next renewal (dashed), and the allotment (a level
 * line). Draws only the series it is given (CreditYear::series); without one it says that no
 * allotment is known. Its accessible description says the same in words.
 */
class YearChart : public QWidget
{
    Q_OBJECT

public:
    explicit YearChart(QWidget *parent = nullptr);

    // unit: the rate card's ("credits"); description: the chart in words, for screen readers.
    void setSeries(const std::optional<fornax::CreditYear::Series> &series, const QString &unit,
                   const QString &description);
    const std::optional<fornax::CreditYear::Series> &series() const { return m_series; }

    QSize sizeHint() const override { return {640, 220}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<fornax::CreditYear::Series> m_series;
    QString m_unit;
};

} // namespace fornax::ui
