#include "ConflictsDialog.h"

#include "DataSize.h"
#include "PlainText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fornax::ui {

namespace {

enum Column { NameColumn, ExistingColumn, IncomingColumn, ChoiceColumn, ColumnCount };

QComboBox *choiceBox(const QList<ConflictPolicy> &choices)
{
    auto *box = new QComboBox;
    for (ConflictPolicy policy : choices)
        box->addItem(TransferConflict::policyTitle(policy), int(policy));
    box->setCurrentIndex(box->findData(int(ConflictPolicy::Skip)));
    return box;
}

} // namespace

ConflictsDialog::ConflictsDialog(TransferJob::Direction direction, const QString &title,
                                 const QString &target, const QList<TransferConflict> &conflicts,
                                 QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(int(conflicts.size()), ColumnCount))
    , m_allChoice(choiceBox(choices()))
    , m_applyAllButton(new QPushButton(tr("&Apply to all")))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    const bool upload = direction == TransferJob::Direction::Upload;
    setWindowTitle(tr("Some names exist already"));
    setAccessibleName(windowTitle());

    const QString where = upload
        ? (target.isEmpty() ? tr("your home folder on your server") : tr("“%1” on your server").arg(target))
        : tr("“%1” on this computer").arg(target);
    auto *intro = new QLabel(tr("%n item(s) of “%1” already exist in %2. Choose what to do with each; "
                                "nothing is changed until you continue, and Cancel stops the whole "
                                "transfer. Folders that exist on both sides are merged: files that "
                                "exist only there are never deleted.",
                                nullptr, int(conflicts.size()))
                                 .arg(title, where));
    intro->setObjectName(QStringLiteral("conflictsIntro"));
    PlainText::apply({intro}); // names from the server
    intro->setWordWrap(true);

    const QString existingHeader = upload ? tr("On your server") : tr("On this computer");
    const QString incomingHeader = upload ? tr("From this computer") : tr("From your server");
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Names that exist already"));
    m_table->setHorizontalHeaderLabels({tr("Name"), existingHeader, incomingHeader, tr("What to do")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    const QLocale locale;
    for (int row = 0; row < conflicts.size(); ++row) {
        const TransferConflict &conflict = conflicts.at(row);
        auto *name = new QTableWidgetItem(conflict.name);
        name->setToolTip(conflict.existingIsFolder ? tr("A folder") : tr("A file"));
        m_table->setItem(row, NameColumn, name);
        // Sizes that differ by a few bytes look the same rounded: then both say their bytes.
        const bool exact = conflict.existingSize != conflict.incomingSize
            && DataSize::format(conflict.existingSize) == DataSize::format(conflict.incomingSize);
        const auto side = [&](bool folder, qint64 bytes, const ArchiveTotals &totals, const QDateTime &when) {
            const QString date = when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat)
                                                : tr("date unknown");
            return tr("%1, %2").arg(sizeText(folder, bytes, totals, exact), date);
        };
        m_table->setItem(row, ExistingColumn,
                         new QTableWidgetItem(side(conflict.existingIsFolder, conflict.existingSize,
                                                   conflict.existingTotals, conflict.existingModified)));
        m_table->setItem(row, IncomingColumn,
                         new QTableWidgetItem(side(conflict.incomingIsFolder, conflict.incomingSize,
                                                   conflict.incomingTotals, conflict.incomingModified)));
        auto *box = choiceBox(conflict.answers());
        if (const int replace = box->findData(int(ConflictPolicy::Replace)); replace >= 0) {
            // Says exactly what replacing does, with the number of files the old folder holds.
            box->setItemText(replace, conflict.replaceText(upload));
            box->setItemData(replace, conflict.replaceText(upload), Qt::ToolTipRole);
            name->setToolTip(conflict.existingIsFolder ? tr("A folder here, a file from the other side")
                                                       : tr("A file here, a folder from the other side"));
        }
        box->setObjectName(QStringLiteral("conflictChoice") + QString::number(row));
        box->setAccessibleName(tr("What to do with “%1”").arg(conflict.name));
        m_table->setCellWidget(row, ChoiceColumn, box);
        m_rowChoices.append(box);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *allLabel = new QLabel(tr("For &all names:"));
    allLabel->setBuddy(m_allChoice);
    m_allChoice->setObjectName(QStringLiteral("conflictsAllChoice"));
    m_allChoice->setAccessibleName(tr("What to do with all names"));
    m_applyAllButton->setObjectName(QStringLiteral("conflictsApplyAllButton"));
    m_applyAllButton->setAccessibleName(tr("Apply this choice to every name"));
    m_applyAllButton->setAutoDefault(false);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(allLabel);
    allRow->addWidget(m_allChoice);
    allRow->addWidget(m_applyAllButton);
    allRow->addStretch();

    auto *buttons = new QDialogButtonBox;
    QPushButton *go = buttons->addButton(tr("C&ontinue"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("conflictsContinueButton"));
    go->setAccessibleName(tr("Continue the transfer with these choices"));
    go->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("&Cancel transfer"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("conflictsCancelButton"));
    cancel->setAccessibleName(tr("Cancel the transfer; nothing is changed"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(allRow);
    layout->addWidget(buttons);
    resize(std::max(640, m_table->horizontalHeader()->length() + 60), 360);

    connect(m_applyAllButton, &QPushButton::clicked, this, [this] {
        applyToAll(ConflictPolicy(m_allChoice->currentData().toInt()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_rowChoices.isEmpty())
        m_rowChoices.constFirst()->setFocus();
}

QList<ConflictPolicy> ConflictsDialog::choices()
{
    return {ConflictPolicy::Skip, ConflictPolicy::Overwrite, ConflictPolicy::KeepBoth,
            ConflictPolicy::SkipIdentical, ConflictPolicy::Replace};
}

QHash<int, ConflictPolicy> ConflictsDialog::answers() const
{
    QHash<int, ConflictPolicy> result;
    for (int row = 0; row < m_conflicts.size(); ++row)
        result.insert(m_conflicts.at(row).id, choice(row));
    return result;
}

ConflictPolicy ConflictsDialog::choice(int row) const
{
    if (row < 0 || row >= m_rowChoices.size())
        return ConflictPolicy::Skip;
    return ConflictPolicy(m_rowChoices.at(row)->currentData().toInt());
}

void ConflictsDialog::setChoice(int row, ConflictPolicy policy)
{
    if (row < 0 || row >= m_rowChoices.size())
        return;
    // A row that does not offer it (overwrite for a file against a folder) keeps its choice.
    if (const int index = m_rowChoices.at(row)->findData(int(policy)); index >= 0)
        m_rowChoices.at(row)->setCurrentIndex(index);
}

void ConflictsDialog::applyToAll(ConflictPolicy policy)
{
    for (int row = 0; row < m_rowChoices.size(); ++row)
        setChoice(row, policy);
    if (const int index = m_allChoice->findData(int(policy)); index >= 0)
        m_allChoice->setCurrentIndex(index);
}

QString ConflictsDialog::sizeText(bool folder, qint64 bytes, const ArchiveTotals &totals, bool exact) const
{
    const QLocale locale;
    QString size = DataSize::format(bytes);
    if (exact)
        size = tr("%1 (%2 bytes)").arg(size, locale.toString(bytes));
    if (!folder)
        return size;
    return tr("folder, %n file(s), %1", nullptr, int(totals.files)).arg(size);
}

} // namespace fornax::ui
