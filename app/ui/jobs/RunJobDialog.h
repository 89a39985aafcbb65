#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace fornax::ui {

/**
 * How to run one notebook or script as a job: the kernel (notebooks only; the server's list,
 * given by setKernels() once KernelCatalog has read it), "Stop the server when the job ends"
 * and the longest the job may run. Run stays disabled until a notebook has its kernels.
 */
class RunJobDialog : public QDialog
{
    Q_OBJECT

public:
    // fileName: what runs, as the user knows it; notebook: whether a kernel is needed;
    // maxHours: the default and upper bound of the time limit (the hub's hard limit).
    RunJobDialog(const QString &fileName, bool notebook, int maxHours, QWidget *parent = nullptr);

    // The server's kernels (names, and display names in the same order) with the one to select
    // (the notebook's own when the server has it, else the server's default).
    void setKernels(const QStringList &names, const QStringList &displayNames, const QString &selected);
    // The kernels could not be read: says why; a notebook cannot run.
    void setKernelError(const QString &message);

    QString kernel() const;
    bool stopWhenDone() const;
    int maxHours() const;

private:
    void updateRunButton();

    bool m_notebook;
    QLabel *m_kernelNote;
    QComboBox *m_kernels;
    QCheckBox *m_stopWhenDone;
    QSpinBox *m_maxHours;
    QPushButton *m_run;
};

} // namespace fornax::ui
