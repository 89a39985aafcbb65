#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fornax {

namespace {

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::C || locale.language() == QLocale::English;
}

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

QLocale Translations::chooseLocale(const QString &configured)
{
    const QString fromEnvironment = qEnvironmentVariable("FORNAX_LANGUAGE").trimmed();
    if (!fromEnvironment.isEmpty())
        return QLocale(fromEnvironment);
    if (!configured.trimmed().isEmpty())
        return QLocale(configured.trimmed());
    return QLocale();
}

QString Translations::directory()
{
    return QStringLiteral(":/i18n");
}

bool Translations::install(const QLocale &locale)
{
    remove();
    // An explicit choice should also format dates and numbers the same way as the words.
    if (locale != QLocale::system())
        QLocale::setDefault(locale);
    if (isEnglish(locale)) {
        installEnglishPlurals();
        return true;
    }

    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("fornax-desktop"), QStringLiteral("_"), directory())) {
        qCInfo(lcApp) << "no translation for" << locale.name() << "- the app speaks English";
        installEnglishPlurals();
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);

    // Qt's own strings (standard buttons, file dialogs) should not stay English beside ours.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        qCInfo(lcApp) << "Qt's own translation for" << locale.name()
                      << "is missing; install qt6-translations-l10n";
    }
    return true;
}

void Translations::installEnglishPlurals()
{
    // Only the numerus entries are in this file (lupdate -pluralonly); every other text is
    // missing from it on purpose, and Qt then shows the English source.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral("fornax-desktop_en"), directory())) {
        qCWarning(lcApp) << "the English plural forms are missing from" << directory()
                         << "- counts read \"file(s)\"";
        return;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
}

void Translations::remove()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace fornax
