#include "SshConfig.h"

#include "Settings.h"

namespace fornax {

SshConfig::SshConfig(const QString &host, const QString &user, int port)
    : m_host(host.trimmed())
    , m_port(port)
    , m_user(user.trimmed())
{ }

bool SshConfig::isValid() const
{
    return validationMessage().isEmpty();
}

QString SshConfig::validationMessage() const
{
    if (m_host.isEmpty())
        return tr("Enter the SSH server's host name.");
    if (m_port < 1 || m_port > 65535)
        return tr("The SSH port must be a number from 1 to 65535.");
    if (m_user.isEmpty())
        return tr("Enter your user name on the SSH server.");
    if (m_authMethod == SshAuthMethod::KeyFile && m_keyPath.isEmpty())
        return tr("Choose the private key file to sign in with.");
    return {};
}

QString SshConfig::displayName() const
{
    QString name = m_user + QLatin1Char('@') + m_host;
    if (m_port != DefaultPort)
        name += QLatin1Char(':') + QString::number(m_port);
    return name;
}

QString SshConfig::keychainKey() const
{
    return QStringLiteral("fornax-desktop-ssh:%1@%2:%3").arg(m_user, m_host, QString::number(m_port));
}

SshConfig SshConfig::load(const Settings &settings, const QString &hubId)
{
    SshConfig config;
    config.setHost(settings.value(Settings::Key::HubSshHost, hubId).toString());
    bool ok = false;
    const int port = settings.value(Settings::Key::HubSshPort, hubId).toInt(&ok);
    config.setPort(ok ? port : DefaultPort);
    config.setUser(settings.value(Settings::Key::HubSshUser, hubId).toString());
    config.setAuthMethod(authMethodFromName(settings.value(Settings::Key::HubSshAuth, hubId).toString())
                             .value_or(SshAuthMethod::Agent));
    config.setKeyPath(settings.value(Settings::Key::HubSshKeyPath, hubId).toString());
    return config;
}

void SshConfig::save(Settings &settings, const QString &hubId) const
{
    settings.setValue(Settings::Key::HubSshHost, m_host, hubId);
    settings.setValue(Settings::Key::HubSshPort, m_port, hubId);
    settings.setValue(Settings::Key::HubSshUser, m_user, hubId);
    settings.setValue(Settings::Key::HubSshAuth, authMethodName(m_authMethod), hubId);
    settings.setValue(Settings::Key::HubSshKeyPath, m_keyPath, hubId);
}

void SshConfig::remove(Settings &settings, const QString &hubId)
{
    for (const Settings::Key key :
         {Settings::Key::HubSshHost, Settings::Key::HubSshPort, Settings::Key::HubSshUser,
          Settings::Key::HubSshAuth, Settings::Key::HubSshKeyPath})
        settings.reset(key, hubId);
}

QString SshConfig::authMethodName(SshAuthMethod method)
{
    switch (method) {
    case SshAuthMethod::Agent:
        return QStringLiteral("agent");
    case SshAuthMethod::KeyFile:
        return QStringLiteral("key");
    case SshAuthMethod::Password:
        return QStringLiteral("password");
    }
    return {};
}

std::optional<SshAuthMethod> SshConfig::authMethodFromName(QStringView name)
{
    for (const SshAuthMethod method :
         {SshAuthMethod::Agent, SshAuthMethod::KeyFile, SshAuthMethod::Password}) {
        if (name.compare(authMethodName(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

} // namespace fornax
