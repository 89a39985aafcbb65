#pragma once

#include "ssh/SshConfig.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace fornax {
class CredentialStore;
class Settings;
class SshError;
class SshSession;
} // namespace fornax

namespace fornax::ui {

/**
 * Settings ▸ SSH access: the hub's optional SSH access (SshConfig), which makes transfers stream
 * over SSH instead of the contents API — host, port, user and how to sign in (the SSH agent, a
 * key file whose passphrase is kept in the keychain on request, or a password kept in the
 * keychain). Secrets are never shown or put in the settings: an empty secret field keeps what the
 * keychain holds.
 *
 * "Test connection" signs in with what the form says and shows the outcome in words. A server
 * seen for the first time shows its host key's SHA256 fingerprint in the dialog, to be trusted
 * (recorded in the app's known-hosts file) or not; a key that differs from the recorded one is
 * refused with a plain warning and cannot be accepted here. OK saves; with "Transfer files over
 * SSH" off, OK removes the hub's SSH access and its stored secret. For a hub without SSH
 * (Settings::sshOffered(), false for Fornax) it only says so, with nothing to set or test.
 */
class SshSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SshSettingsDialog(fornax::Settings *settings, fornax::CredentialStore *store, const QString &hubId,
                      const QString &hubName, QWidget *parent = nullptr);
    ~SshSettingsDialog() override;

    // The SSH access as currently edited (invalid when switched off).
    fornax::SshConfig config() const;
    // For tests: the known-hosts files the test connection checks and writes (else the user's
    // ~/.ssh/known_hosts and the app's own file).
    void setKnownHostsFiles(const QString &userFile, const QString &appFile);

    void accept() override;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    // The settings (and any secret) were saved.
    void saved();
    // A test connection ended: ok, and the sentence shown.
    void testFinished(bool ok, const QString &message);

private:
    void load(const fornax::SshConfig &config);
    void updateFields();
    void showStatus(const QString &text, bool warning);
    void endTest(bool ok, const QString &message);
    void onHostKeyUnknown(const QString &fingerprint, const QString &keyType);
    QString typedSecret() const;

    fornax::Settings *m_settings;
    fornax::CredentialStore *m_store;
    QString m_hubId;
    QString m_userKnownHosts;
    QString m_appKnownHosts;
    std::unique_ptr<fornax::SshSession> m_test;
    bool m_testing = false;

    QCheckBox *m_enabled;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_method;
    QWidget *m_keyRow = nullptr;
    QLineEdit *m_keyPath;
    QLineEdit *m_passphrase;
    QCheckBox *m_rememberPassphrase;
    QLineEdit *m_password;
    QPushButton *m_testButton;
    QLabel *m_status;
    QGroupBox *m_hostKeyBox;
    QLabel *m_hostKeyText;
    QPushButton *m_trustButton;
    QPushButton *m_distrustButton;
};

} // namespace fornax::ui
