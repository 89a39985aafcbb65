#include "YearChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fornax::ui {

YearChart::YearChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("yearChart"));
    setAccessibleName(tr("The credit year, as a chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void YearChart::setSeries(const std::optional<CreditYear::Series> &series, const QString &unit,
                          const QString &description)
{
    m_series = series;
    m_unit = unit;
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

void YearChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    if (!m_series || m_series->used.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No yearly allotment is known for this hub: set one in Settings ▸ Rates and budget."));
        return;
    }
    const CreditYear::Series &s = *m_series;
    const QLocale locale;
    // The plot area, with room for the scale on the left and the dates below.
    const int left = metrics.horizontalAdvance(locale.toString(s.allotment * 10, 'f', 0)) + 12;
    const QRectF plot = QRectF(rect()).adjusted(left, metrics.height() * 1.8, -12, -metrics.height() * 1.6);
    // Up to the allotment and what was used: a forecast far beyond it is cut at the top (where
    // it crosses the allotment is what matters).
    double top = s.allotment;
    for (const auto &point : s.used)
        top = std::max(top, point.used);
    top *= 1.25;
    const double days = std::max<qint64>(1, s.start.daysTo(s.renews));
    const auto at = [&](const QDate &day, double used) {
        return QPointF(plot.left() + plot.width() * double(s.start.daysTo(day)) / days,
                       plot.bottom() - plot.height() * used / top);
    };

    // Axes, month ticks and the two renewal dates.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setPen(pal.color(QPalette::WindowText));
    for (QDate month(s.start.year(), s.start.month(), 1); month <= s.renews; month = month.addMonths(1)) {
        if (month < s.start)
            continue;
        const QPointF tick = at(month, 0);
        painter.drawLine(tick, tick + QPointF(0, 4));
        const QString name = locale.toString(month, QStringLiteral("MMM"));
        painter.drawText(QRectF(tick.x() - 30, plot.bottom() + 4, 60, metrics.height()), Qt::AlignHCenter,
                         name);
    }
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() / 2.0, left - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    // The allotment.
    const double allotY = at(s.start, s.allotment).y();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(plot.left(), allotY), QPointF(plot.right(), allotY));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRectF(0, allotY - metrics.height() / 2.0, left - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, locale.toString(s.allotment, 'f', 0));

    // Used so far (solid), then the forecast (dashed).
    const QColor line = pal.color(QPalette::Highlight);
    QPainterPath used;
    used.moveTo(at(s.used.constFirst().day, s.used.constFirst().used));
    for (const auto &point : s.used)
        used.lineTo(at(point.day, point.used));
    painter.setPen(QPen(line, 2));
    painter.drawPath(used);
    if (s.forecast.size() == 2) {
        painter.save();
        painter.setClipRect(plot.adjusted(0, -2, 0, 0));
        painter.setPen(QPen(line, 2, Qt::DashLine));
        painter.drawLine(at(s.forecast.at(0).day, s.forecast.at(0).used),
                         at(s.forecast.at(1).day, s.forecast.at(1).used));
        painter.restore();
    }
    if (s.runsOut) {
        // Where the forecast crosses the allotment, with its date.
        const QPointF out = at(*s.runsOut, s.allotment);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DotLine));
        painter.drawLine(QPointF(out.x(), out.y()), QPointF(out.x(), plot.bottom()));
        painter.setPen(pal.color(QPalette::WindowText));
        const QString label = tr("run out %1").arg(locale.toString(*s.runsOut, QLocale::ShortFormat));
        const qreal width = metrics.horizontalAdvance(label) + 8;
        const qreal x = std::min(out.x() + 4, plot.right() - width);
        painter.drawText(QRectF(x, out.y() - metrics.height() - 2, width, metrics.height()), Qt::AlignLeft,
                         label);
    }

    // The legend above the plot.
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRectF(left, 0, plot.width(), metrics.height() * 1.6), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Used since %1 (solid line), forecast to %2 (dashed), the year's %3 %4 (grey line)")
                         .arg(locale.toString(s.start, QLocale::ShortFormat),
                              locale.toString(s.renews, QLocale::ShortFormat),
                              locale.toString(s.allotment, 'f', 0), m_unit));
}

} // namespace fornax::ui
