#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace fornax {

/**
 * Puts the app's own translation and Qt's (qtbase, for standard buttons and dialogs) into the
 * running application, for one language. The language comes from the FORNAX_LANGUAGE environment
 * variable if set (a quick override for tests and bug reports; "C" means English), else from the
 * Language setting, else from the system locale. The app's translations are compiled into the
 * binary under ":/i18n/"; Qt's come from Qt's translations folder (Debian: qt6-translations-l10n).
 * The source texts are English, but their plurals read "%n file(s)": for English (and for any
 * language the app has no translation for) only the English plural forms are installed, so the
 * app says "1 file" and "2 files" and falls back to the source text for everything else. The
 * translators stay installed while this object lives.
 */
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The language to speak: FORNAX_LANGUAGE, else configured (the Language setting), else the
    // system's. Empty strings mean "not chosen here".
    static QLocale chooseLocale(const QString &configured);
    // Where the app's own .qm files live (resources compiled into the binary).
    static QString directory();

    // Replaces any translators installed before with those for locale, and makes locale the
    // default for formatting when it was chosen explicitly. Returns false when the app has no
    // translation for that language (the app then speaks English); English returns true.
    bool install(const QLocale &locale);
    // Takes the translators out again: the app speaks its source texts, "(s)" plurals included.
    void remove();

    // The app's own translation, or for English its plural forms.
    bool hasAppTranslation() const { return m_app != nullptr; }
    bool hasQtTranslation() const { return m_qt != nullptr; }

private:
    void installEnglishPlurals();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace fornax
