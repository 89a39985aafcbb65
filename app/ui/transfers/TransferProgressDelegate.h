#pragma once

#include <QStyledItemDelegate>

namespace fornax::ui {

/**
 * Draws a transfer row's progress as the platform's progress bar (busy while the total is not
 * known yet), from TransferListModel's PercentRole, with the percentage as its text.
 */
class TransferProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fornax::ui
