#include "SshSettingsDialog.h"

#include "PlainText.h"

#include "Settings.h"
#include "account/CredentialStore.h"
#include "ssh/SshError.h"
#include "ssh/SshSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace fornax::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SshSettingsDialog::SshSettingsDialog(Settings *settings, CredentialStore *store, const QString &hubId,
                                     const QString &hubName, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
    , m_hubId(hubId)
    , m_enabled(new QCheckBox(tr("&Transfer files over SSH")))
    , m_fields(new QWidget)
    , m_form(new QFormLayout)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_user(new QLineEdit)
    , m_method(new QComboBox)
    , m_keyPath(new QLineEdit)
    , m_passphrase(new QLineEdit)
    , m_rememberPassphrase(new QCheckBox(tr("&Keep the passphrase in the keychain")))
    , m_password(new QLineEdit)
    , m_testButton(new QPushButton(tr("Test &connection")))
    , m_status(new QLabel)
    , m_hostKeyBox(new QGroupBox(tr("New server: check its host key")))
    , m_hostKeyText(new QLabel)
    , m_trustButton(new QPushButton(tr("T&rust this key and connect")))
    , m_distrustButton(new QPushButton(tr("&Do not trust it")))
{
    setObjectName(QStringLiteral("sshSettingsDialog"));
    setWindowTitle(tr("SSH access — %1").arg(hubName));
    auto *intro = new QLabel(tr("If you can also reach your files on %1 over SSH (a login node, or the "
                                "machine the hub runs on), uploads and downloads can stream over SSH, "
                                "which is much faster. Without it, or when SSH does not answer, they use "
                                "the hub.")
                                 .arg(hubName));
    intro->setWordWrap(true);
    // The hub's name, the server's key type and the errors it causes are not markup.
    PlainText::apply({intro, m_status, m_hostKeyText});

    m_enabled->setObjectName(QStringLiteral("sshEnabled"));
    m_enabled->setAccessibleName(tr("Transfer files over SSH"));
    m_host->setObjectName(QStringLiteral("sshHost"));
    m_host->setAccessibleName(tr("SSH server host name"));
    m_host->setPlaceholderText(tr("login.example.org"));
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setAccessibleName(tr("SSH port"));
    m_port->setRange(1, 65535);
    m_user->setObjectName(QStringLiteral("sshUser"));
    m_user->setAccessibleName(tr("User name on the SSH server"));
    m_method->setObjectName(QStringLiteral("sshMethod"));
    m_method->setAccessibleName(tr("How to sign in"));
    m_method->addItem(tr("SSH agent"), int(SshAuthMethod::Agent));
    m_method->addItem(tr("Key file"), int(SshAuthMethod::KeyFile));
    m_method->addItem(tr("Password"), int(SshAuthMethod::Password));
    m_keyPath->setObjectName(QStringLiteral("sshKeyPath"));
    m_keyPath->setAccessibleName(tr("Private key file"));
    m_keyPath->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("sshBrowseKey"));
    browse->setAccessibleName(tr("Choose the private key file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start =
            m_keyPath->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyPath->text();
        const QString path = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
        if (!path.isEmpty())
            m_keyPath->setText(path);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(browse);
    m_keyRow = new QWidget;
    m_keyRow->setLayout(keyRow);
    m_passphrase->setObjectName(QStringLiteral("sshPassphrase"));
    m_passphrase->setAccessibleName(tr("Key passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_rememberPassphrase->setObjectName(QStringLiteral("sshRememberPassphrase"));
    m_rememberPassphrase->setAccessibleName(tr("Keep the passphrase in the keychain"));
    m_password->setObjectName(QStringLiteral("sshPassword"));
    m_password->setAccessibleName(tr("SSH password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(buddyLabel(tr("&Host:"), m_host), m_host);
    m_form->addRow(buddyLabel(tr("&Port:"), m_port), m_port);
    m_form->addRow(buddyLabel(tr("&User:"), m_user), m_user);
    m_form->addRow(buddyLabel(tr("&Sign in with:"), m_method), m_method);
    m_form->addRow(buddyLabel(tr("&Key file:"), m_keyPath), m_keyRow);
    m_form->addRow(buddyLabel(tr("P&assphrase:"), m_passphrase), m_passphrase);
    m_form->addRow(QString(), m_rememberPassphrase);
    m_form->addRow(buddyLabel(tr("Pass&word:"), m_password), m_password);
    m_fields->setLayout(m_form);

    m_testButton->setObjectName(QStringLiteral("sshTestButton"));
    m_testButton->setAccessibleName(tr("Test the SSH connection"));
    m_status->setObjectName(QStringLiteral("sshStatus"));
    m_status->setAccessibleName(tr("Result of the connection test"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();

    m_hostKeyBox->setObjectName(QStringLiteral("sshHostKeyBox"));
    m_hostKeyText->setObjectName(QStringLiteral("sshHostKeyText"));
    m_hostKeyText->setAccessibleName(tr("The server's host key"));
    m_hostKeyText->setWordWrap(true);
    m_hostKeyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustButton->setObjectName(QStringLiteral("sshTrustHostKey"));
    m_trustButton->setAccessibleName(tr("Trust this host key and connect"));
    m_distrustButton->setObjectName(QStringLiteral("sshDistrustHostKey"));
    m_distrustButton->setAccessibleName(tr("Do not trust this host key"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_trustButton);
    keyButtons->addWidget(m_distrustButton);
    keyButtons->addStretch();
    auto *keyLayout = new QVBoxLayout(m_hostKeyBox);
    keyLayout->addWidget(m_hostKeyText);
    keyLayout->addLayout(keyButtons);
    m_hostKeyBox->hide();
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        m_hostKeyBox->hide();
        showStatus(tr("Connecting…"), false);
        if (m_test)
            m_test->acceptHostKey();
    });
    connect(m_distrustButton, &QPushButton::clicked, this, [this] {
        m_hostKeyBox->hide();
        if (m_test)
            m_test->rejectHostKey();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sshOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SshSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addWidget(m_fields);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addWidget(m_hostKeyBox);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, 520);

    connect(m_enabled, &QCheckBox::toggled, this, &SshSettingsDialog::updateFields);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SshSettingsDialog::updateFields);
    connect(m_testButton, &QPushButton::clicked, this, &SshSettingsDialog::testConnection);
    load(SshConfig::load(*settings, hubId));

    if (!settings->sshOffered(hubId)) {
        // Nothing to set up and a connection test that could only fail: say why instead.
        intro->setObjectName(QStringLiteral("sshNotOffered"));
        intro->setAccessibleName(tr("SSH is not available on this hub"));
        intro->setText(tr("%1 does not offer SSH: it is switched off there, and only the web ports (80 "
                          "and 443) can be reached. Uploads and downloads go through the hub, which needs "
                          "no setting here.")
                           .arg(hubName));
        for (QWidget *widget : {static_cast<QWidget *>(m_enabled), m_fields,
                                static_cast<QWidget *>(m_testButton), static_cast<QWidget *>(m_status)})
            widget->hide();
        m_enabled->setChecked(false);
        buttons->setStandardButtons(QDialogButtonBox::Close);
        buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("sshClose"));
        resize(480, 160);
    }
}

SshSettingsDialog::~SshSettingsDialog() = default;

void SshSettingsDialog::setKnownHostsFiles(const QString &userFile, const QString &appFile)
{
    m_userKnownHosts = userFile;
    m_appKnownHosts = appFile;
}

void SshSettingsDialog::load(const SshConfig &config)
{
    m_enabled->setChecked(config.isValid());
    m_host->setText(config.host());
    m_port->setValue(config.port());
    m_user->setText(config.user());
    m_method->setCurrentIndex(m_method->findData(int(config.authMethod())));
    m_keyPath->setText(config.keyPath());
    updateFields();
    if (!config.isValid() || config.authMethod() == SshAuthMethod::Agent || !m_store)
        return;
    // Whether a secret is kept, to say so; the secret itself is dropped at once.
    auto *request = new QObject(this);
    const QString key = config.keychainKey();
    auto known = [this, request](bool stored) {
        request->deleteLater();
        const QString hint = stored ? tr("Kept in the keychain; type to replace it") : tr("None kept yet");
        m_passphrase->setPlaceholderText(hint);
        m_password->setPlaceholderText(hint);
        m_rememberPassphrase->setChecked(stored);
    };
    connect(m_store, &CredentialStore::tokenRead, request,
            [key, known](const QString &readKey, const QByteArray &) {
                if (readKey == key)
                    known(true);
            });
    connect(m_store, &CredentialStore::tokenMissing, request, [key, known](const QString &readKey) {
        if (readKey == key)
            known(false);
    });
    connect(m_store, &CredentialStore::storeFailed, request,
            [key, known](const QString &readKey, const QString &) {
                if (readKey == key)
                    known(false);
            });
    m_store->readSecret(key);
}

void SshSettingsDialog::updateFields()
{
    const bool enabled = m_enabled->isChecked();
    m_fields->setEnabled(enabled);
    m_testButton->setEnabled(enabled && !m_testing);
    const auto method = SshAuthMethod(m_method->currentData().toInt());
    m_form->setRowVisible(m_keyRow, method == SshAuthMethod::KeyFile);
    m_form->setRowVisible(m_passphrase, method == SshAuthMethod::KeyFile);
    m_form->setRowVisible(m_rememberPassphrase, method == SshAuthMethod::KeyFile);
    m_form->setRowVisible(m_password, method == SshAuthMethod::Password);
}

SshConfig SshSettingsDialog::config() const
{
    if (!m_enabled->isChecked())
        return {};
    SshConfig config(m_host->text(), m_user->text(), m_port->value());
    config.setAuthMethod(SshAuthMethod(m_method->currentData().toInt()));
    if (config.authMethod() == SshAuthMethod::KeyFile)
        config.setKeyPath(m_keyPath->text().trimmed());
    return config;
}

QString SshSettingsDialog::typedSecret() const
{
    switch (SshAuthMethod(m_method->currentData().toInt())) {
    case SshAuthMethod::KeyFile:
        return m_passphrase->text();
    case SshAuthMethod::Password:
        return m_password->text();
    case SshAuthMethod::Agent:
        break;
    }
    return {};
}

void SshSettingsDialog::showStatus(const QString &text, bool warning)
{
    m_status->setText(text);
    // A warning must stand out: a changed host key may be an attack.
    m_status->setStyleSheet(warning ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                    : QString());
}

void SshSettingsDialog::testConnection()
{
    if (!m_enabled->isChecked())
        return;
    const SshConfig config = this->config();
    if (!config.isValid()) {
        endTest(false, config.validationMessage());
        return;
    }
    m_hostKeyBox->hide();
    m_test.reset(); // an earlier test's connection
    m_test = std::make_unique<SshSession>(config);
    m_test->setConnectTimeout(15s);
    if (!m_userKnownHosts.isEmpty() || !m_appKnownHosts.isEmpty())
        m_test->setKnownHostsFiles(m_userKnownHosts, m_appKnownHosts);
    const QString secret = typedSecret();
    if (!secret.isEmpty())
        m_test->setSecret(secret.toUtf8());
    else if (config.authMethod() != SshAuthMethod::Agent)
        m_test->setCredentialStore(m_store);
    SshSession *session = m_test.get();
    connect(session, &SshSession::opened, this, [this, config] {
        endTest(true,
                tr("Signed in to %1. Transfers for this hub will go over SSH.").arg(config.displayName()));
    });
    connect(session, &SshSession::failed, this, [this](const SshError &error) {
        endTest(false, error.message());
    });
    connect(session, &SshSession::hostKeyUnknown, this, &SshSettingsDialog::onHostKeyUnknown);
    m_testing = true;
    m_testButton->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(config.displayName()), false);
    session->open();
}

void SshSettingsDialog::onHostKeyUnknown(const QString &fingerprint, const QString &keyType)
{
    const QString server = m_test ? m_test->config().displayName() : QString();
    m_hostKeyText->setText(
        tr("This app has not connected to %1 before. The server identifies itself with this %2 key:\n\n"
           "%3\n\n"
           "Trust it only if this fingerprint is the one the server's administrators publish (on the server, "
           "`ssh-keygen -l -f` on its host key prints it). Once trusted, the key is remembered, and a "
           "different key later is refused.")
            .arg(server, keyType, fingerprint));
    showStatus(tr("Waiting for you to check the server's host key."), false);
    m_hostKeyBox->show();
    m_trustButton->setFocus();
}

void SshSettingsDialog::endTest(bool ok, const QString &message)
{
    m_hostKeyBox->hide();
    showStatus(message, !ok);
    if (m_test)
        m_test->close(); // a test keeps no connection open
    // The session goes with the next test or the dialog: this may run inside its own signal.
    m_testing = false;
    m_testButton->setEnabled(m_enabled->isChecked());
    Q_EMIT testFinished(ok, message);
}

void SshSettingsDialog::accept()
{
    const SshConfig old = SshConfig::load(*m_settings, m_hubId);
    const bool oldHasSecret = old.isValid() && old.authMethod() != SshAuthMethod::Agent;
    if (!m_enabled->isChecked()) {
        SshConfig::remove(*m_settings, m_hubId);
        if (oldHasSecret && m_store)
            m_store->deleteSecret(old.keychainKey());
        Q_EMIT saved();
        QDialog::accept();
        return;
    }
    const SshConfig config = this->config();
    if (!config.isValid()) {
        showStatus(config.validationMessage(), true);
        return;
    }
    config.save(*m_settings, m_hubId);
    if (m_store) {
        const QString key = config.keychainKey();
        const QString secret = typedSecret();
        // A secret kept for another server or sign-in method must not be offered to this one.
        if (oldHasSecret && (old.keychainKey() != key || old.authMethod() != config.authMethod()))
            m_store->deleteSecret(old.keychainKey());
        switch (config.authMethod()) {
        case SshAuthMethod::Agent:
            break;
        case SshAuthMethod::KeyFile:
            if (!m_rememberPassphrase->isChecked())
                m_store->deleteSecret(key);
            else if (!secret.isEmpty())
                m_store->writeSecret(key, secret.toUtf8());
            break;
        case SshAuthMethod::Password:
            if (!secret.isEmpty())
                m_store->writeSecret(key, secret.toUtf8());
            break;
        }
    }
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace fornax::ui
