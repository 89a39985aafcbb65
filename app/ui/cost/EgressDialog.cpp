#include "EgressDialog.h"

#include "DataSize.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fornax::ui {

namespace {

QLabel *figureLabel(const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *label = new QLabel(text);
    PlainText::apply({label}); // file names from the server
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString amount(double value, const QString &unit)
{
    const QString number =
        value >= 1 || value == 0 ? QLocale().toString(value, 'f', 2) : QLocale().toString(value, 'g', 2);
    return EgressDialog::tr("about %1 %2").arg(number, unit);
}

} // namespace

EgressDialog::EgressDialog(const EgressDecision &decision, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
{
    setObjectName(QStringLiteral("egressDialog"));
    setWindowTitle(decision.title);
    setAccessibleName(decision.title);
    const bool refused = decision.isRefused();

    auto *icon = new QLabel;
    icon->setPixmap(style()
                        ->standardIcon(refused ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                        .pixmap(48, 48));
    auto *message =
        figureLabel(QStringLiteral("egressMessage"), decision.message, tr("What this download costs"));
    message->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(message, 1);

    const QLocale locale;
    auto *figures = new QFormLayout;
    auto *size = figureLabel(QStringLiteral("egressSize"),
                             decision.isSizeKnown() ? DataSize::format(decision.bytes)
                                                    : tr("unknown until the download starts"),
                             tr("Size"));
    figures->addRow(tr("Size:"), size);
    auto *cost =
        figureLabel(QStringLiteral("egressCost"),
                    decision.isSizeKnown() ? tr("%1 (estimate)").arg(amount(decision.cost, decision.unit))
                                           : tr("cannot be estimated without the size"),
                    tr("Estimated cost"));
    figures->addRow(tr("Estimated cost:"), cost);
    auto *month = figureLabel(QStringLiteral("egressMonthToDate"),
                              tr("%1 (estimate)").arg(amount(decision.monthToDate, decision.unit)),
                              tr("Estimated cost this month so far"));
    figures->addRow(tr("This month so far:"), month);
    if (decision.budget) {
        auto *budget = figureLabel(
            QStringLiteral("egressBudget"),
            tr("%1 a month, %2 left")
                .arg(amount(*decision.budget, decision.unit), amount(decision.remaining, decision.unit)),
            tr("Monthly budget"));
        figures->addRow(tr("Budget:"), budget);
    }

    auto *advice = figureLabel(QStringLiteral("egressAdvice"), decision.advice, tr("Advice"));
    advice->setWordWrap(true);
    QFont italic = advice->font();
    italic.setItalic(true);
    advice->setFont(italic);

    auto *buttons = new QDialogButtonBox;
    if (refused) {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("egressCloseButton"));
        close->setDefault(true);
        QPushButton *settings = buttons->addButton(tr("&Rates and budget…"), QDialogButtonBox::ActionRole);
        settings->setObjectName(QStringLiteral("egressBudgetButton"));
        connect(settings, &QPushButton::clicked, this, [this] {
            reject();
            Q_EMIT budgetSettingsRequested();
        });
    } else {
        QPushButton *download = buttons->addButton(tr("&Download anyway"), QDialogButtonBox::AcceptRole);
        download->setObjectName(QStringLiteral("egressDownloadButton"));
        download->setAutoDefault(false);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setObjectName(QStringLiteral("egressCancelButton"));
        cancel->setDefault(true);
        cancel->setFocus();
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(figures);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace fornax::ui
