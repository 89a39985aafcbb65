#include "RunJobDialog.h"

#include "PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fornax::ui {

RunJobDialog::RunJobDialog(const QString &fileName, bool notebook, int maxHours, QWidget *parent)
    : QDialog(parent)
    , m_notebook(notebook)
    , m_kernelNote(new QLabel(this))
    , m_kernels(new QComboBox(this))
    , m_stopWhenDone(new QCheckBox(tr("&Stop the server when the job ends"), this))
    , m_maxHours(new QSpinBox(this))
{
    setObjectName(QStringLiteral("runJobDialog"));
    setWindowTitle(tr("Run as a job"));
    auto *intro = new QLabel(tr("Run “%1” on your server. It goes on running when you close the app; its "
                                "log, outputs and executed notebook stay in its job folder.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    PlainText::apply({intro, m_kernelNote}); // the file name comes from the user or the server

    m_kernels->setObjectName(QStringLiteral("kernelCombo"));
    m_kernels->setAccessibleName(tr("Kernel"));
    m_kernelNote->setObjectName(QStringLiteral("kernelNote"));
    m_kernelNote->setWordWrap(true);
    if (notebook) {
        m_kernels->setEnabled(false);
        m_kernelNote->setText(tr("Reading your server's kernels…"));
    } else {
        m_kernels->hide();
        m_kernelNote->hide();
    }
    m_stopWhenDone->setObjectName(QStringLiteral("stopWhenDoneCheck"));
    m_stopWhenDone->setAccessibleName(tr("Stop the server when the job ends"));
    m_stopWhenDone->setToolTip(tr("When the job ends and no other job runs, the server stops itself, even "
                                  "if this computer sleeps or the app is closed."));
    m_maxHours->setObjectName(QStringLiteral("maxHoursSpin"));
    m_maxHours->setAccessibleName(tr("Longest run time in hours"));
    m_maxHours->setRange(1, std::max(1, maxHours));
    m_maxHours->setValue(std::max(1, maxHours));
    m_maxHours->setSuffix(tr(" h"));

    auto *form = new QFormLayout;
    if (notebook) {
        auto *kernelLabel = new QLabel(tr("&Kernel:"), this);
        kernelLabel->setBuddy(m_kernels);
        form->addRow(kernelLabel, m_kernels);
        form->addRow(QString(), m_kernelNote);
    }
    auto *maxLabel = new QLabel(tr("&End it after:"), this);
    maxLabel->setBuddy(m_maxHours);
    form->addRow(maxLabel, m_maxHours);
    form->addRow(QString(), m_stopWhenDone);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("startJobButton"));
    m_run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateRunButton();
}

void RunJobDialog::setKernels(const QStringList &names, const QStringList &displayNames,
                              const QString &selected)
{
    m_kernels->clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString shown =
            i < displayNames.size() && !displayNames.at(i).isEmpty() ? displayNames.at(i) : names.at(i);
        m_kernels->addItem(shown, names.at(i));
    }
    m_kernels->setCurrentIndex(std::max(0, m_kernels->findData(selected)));
    m_kernels->setEnabled(!names.isEmpty());
    m_kernelNote->setText(names.isEmpty() ? tr("Your server offers no kernels: a notebook cannot run there.")
                                          : QString());
    m_kernelNote->setVisible(names.isEmpty());
    updateRunButton();
}

void RunJobDialog::setKernelError(const QString &message)
{
    m_kernelNote->setText(message);
    m_kernelNote->show();
    updateRunButton();
}

QString RunJobDialog::kernel() const
{
    return m_notebook ? m_kernels->currentData().toString() : QString();
}

bool RunJobDialog::stopWhenDone() const
{
    return m_stopWhenDone->isChecked();
}

int RunJobDialog::maxHours() const
{
    return m_maxHours->value();
}

void RunJobDialog::updateRunButton()
{
    m_run->setEnabled(!m_notebook || m_kernels->count() > 0);
}

} // namespace fornax::ui
