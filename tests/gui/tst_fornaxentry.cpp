// What is particular to Fornax's hub entry: SSH is switched off there, so its SSH settings say so
// instead of offering a connection test that can only fail; and the size picker shows Fornax's
// rates from the rate card with where they come from, and the yearly allotment. Other hubs keep
// the SSH settings and show no made-up rates.
#include "ProfilePicker.h"
#include "Settings.h"
#include "SshSettingsDialog.h"
#include "account/CredentialStore.h"
#include "account/HubEntry.h"
#include "cost/RateCard.h"
#include "hub/Profile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;

class TestFornaxEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fornaxSshSettingsExplainInsteadOfTesting();
    void otherHubsKeepTheirSshSettings();
    void pickerShowsFornaxRatesWithSourcesAndAllotment();
    void pickerShowsNoRatesWhereNoneAreKnown();

private:
    static QList<Profile> sizes();
    QTemporaryDir m_temp;
    std::unique_ptr<Settings> m_settings;
    CredentialStore m_store;
};

QList<Profile> TestFornaxEntry::sizes()
{
    QList<Profile> profiles;
    for (const auto &[slug, name, cores] :
         {std::tuple {"small", "Small", 2.0}, std::tuple {"large", "Large", 16.0}}) {
        Profile profile;
        profile.slug = QString::fromLatin1(slug);
        profile.displayName = QString::fromLatin1(name);
        profile.cores = cores;
        profiles << profile;
    }
    return profiles;
}

void TestFornaxEntry::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_settings = std::make_unique<Settings>(m_temp.filePath(QStringLiteral("settings.ini")));
    QVERIFY(!m_settings->sshOffered(HubEntry::fornaxId()));
    QCOMPARE(m_settings->maxServerHours(HubEntry::fornaxId()), 48);
    QVERIFY(m_settings->sshOffered(QStringLiteral("other-hub")));
    QCOMPARE(m_settings->maxServerHours(QStringLiteral("other-hub")), 0);
}

void TestFornaxEntry::fornaxSshSettingsExplainInsteadOfTesting()
{
    ui::SshSettingsDialog dialog(m_settings.get(), &m_store, HubEntry::fornaxId(),
                                 QStringLiteral("Fornax Science Console"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *why = dialog.findChild<QLabel *>(QStringLiteral("sshNotOffered"));
    QVERIFY(why && why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("does not offer SSH")), qPrintable(why->text()));
    QVERIFY(why->text().contains(QStringLiteral("443")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sshTestButton"))->isVisible());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("sshEnabled"))->isVisible());
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("sshClose"));
    QVERIFY(close && close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(!SshConfig::load(*m_settings, HubEntry::fornaxId()).isValid());
}

void TestFornaxEntry::otherHubsKeepTheirSshSettings()
{
    ui::SshSettingsDialog dialog(m_settings.get(), &m_store, QStringLiteral("other-hub"),
                                 QStringLiteral("Other"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("sshNotOffered")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sshTestButton"))->isVisible());
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("sshEnabled"))->isVisible());
}

void TestFornaxEntry::pickerShowsFornaxRatesWithSourcesAndAllotment()
{
    ui::ProfilePicker picker;
    picker.setProfiles(sizes(), {});
    // The card as the app loads it for the Fornax console, rates edited or not.
    RateCard card =
        RateCard::load(*m_settings, QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/"));
    picker.setRateCard(card);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *small = picker.findChild<QRadioButton *>(QStringLiteral("profile-small"));
    QVERIFY(small);
    QVERIFY2(small->text().contains(QStringLiteral("0.087 credits per hour")), qPrintable(small->text()));
    auto *sources = picker.findChild<QLabel *>(QStringLiteral("rateSources"));
    QVERIFY(sources && sources->isVisible());
    QVERIFY2(sources->text().contains(QStringLiteral("User resource allotments and costs")),
             qPrintable(sources->text()));
    QVERIFY2(sources->text().contains(QStringLiteral("1,000.00 credits"))
                 || sources->text().contains(QStringLiteral("1000")),
             qPrintable(sources->text()));
    QVERIFY(sources->text().contains(QStringLiteral("1 October")));

    // An edited rate keeps the allotment, and shows the user's own source.
    card.setHourlyRate(QStringLiteral("small"), {0.1, QStringLiteral("my notes")});
    card.save(*m_settings, QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/"));
    picker.setRateCard(
        RateCard::load(*m_settings, QStringLiteral("https://science-console.fornax.sciencecloud.nasa.gov/")));
    QVERIFY(sources->text().contains(QStringLiteral("my notes")));
    QVERIFY(sources->text().contains(QStringLiteral("1 October")));
    QVERIFY(picker.findChild<QRadioButton *>(QStringLiteral("profile-small"))
                ->text()
                .contains(QStringLiteral("0.1 credits")));
}

void TestFornaxEntry::pickerShowsNoRatesWhereNoneAreKnown()
{
    ui::ProfilePicker picker;
    picker.setProfiles(sizes(), {});
    picker.setRateCard(RateCard::load(*m_settings, QStringLiteral("https://hub.example.org/")));
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QVERIFY(!picker.findChild<QLabel *>(QStringLiteral("rateSources"))->isVisible());
    QVERIFY(!picker.findChild<QRadioButton *>(QStringLiteral("profile-small"))
                 ->text()
                 .contains(QStringLiteral("per hour")));
}

QTEST_MAIN(TestFornaxEntry)
#include "tst_fornaxentry.moc"
