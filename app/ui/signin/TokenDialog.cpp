#include "TokenDialog.h"

#include "PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fornax::ui {

TokenDialog::TokenDialog(const HubUrl &hub, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Sign in with an API token"));
    const QString tokenPage = hub.hubPageUrl(QStringLiteral("token")).toString();
    auto *intro = new QLabel(tr("Open <a href=\"%1\">your hub's token page</a>, request a new token, "
                                "and paste it here. It is kept in your system keychain.")
                                 .arg(tokenPage.toHtmlEscaped()));
    intro->setOpenExternalLinks(true);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_error->setObjectName(QStringLiteral("tokenError"));
    PlainText::apply({m_error}); // the hub's words
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_token, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        setError({});
        setBusy(true);
        Q_EMIT tokenSubmitted(token());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QByteArray TokenDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

void TokenDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace fornax::ui

namespace fornax::ui {

void TokenDialog::setBusy(bool busy)
{
    m_token->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_token->text().trimmed().isEmpty());
    if (!busy)
        m_token->setFocus();
}

} // namespace fornax::ui
