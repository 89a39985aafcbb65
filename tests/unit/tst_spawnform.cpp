// SpawnForm and Profile over saved spawn pages (tests/fixtures/spawnforms): the fixture hub's real
// page, KubeSpawner 7's markup, a JupyterHub 5 page, pages without profiles, broken HTML.
#include "hub/SpawnForm.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using fornax::Profile;
using fornax::ProfileChoice;
using fornax::ProfileOption;
using fornax::SpawnForm;

namespace {

QByteArray fixture(const QString &name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("../fixtures/spawnforms/") + name);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        qFatal("missing spawn form fixture %s", qPrintable(name));
    return file.readAll();
}

QStringList slugs(const QList<Profile> &profiles)
{
    QStringList result;
    for (const Profile &profile : profiles)
        result.append(profile.slug);
    return result;
}

// "slug=cores/memory", with '!' when the size needs permission.
QStringList sizes(const QList<Profile> &profiles)
{
    QStringList result;
    for (const Profile &profile : profiles)
        result.append(QStringLiteral("%1=%2/%3%4")
                          .arg(profile.slug)
                          .arg(profile.cores)
                          .arg(profile.memoryGiB)
                          .arg(profile.needsPermission ? QStringLiteral("!") : QString()));
    return result;
}

// "slug/key Display name: value=Choice*, value=Choice; other=Label" ('*' marks the default).
QStringList options(const QList<Profile> &profiles)
{
    QStringList result;
    for (const Profile &profile : profiles) {
        for (const ProfileOption &option : profile.options) {
            QStringList choices;
            for (const ProfileChoice &choice : option.choices)
                choices.append(choice.value + QLatin1Char('=') + choice.displayName
                               + (choice.isDefault ? QStringLiteral("*") : QString()));
            result.append(QStringLiteral("%1/%2 %3: %4%5")
                              .arg(profile.slug, option.key, option.displayName,
                                   choices.join(QLatin1String(", ")),
                                   option.allowsUnlisted ? QStringLiteral("; other=") + option.unlistedLabel
                                                         : QString()));
        }
    }
    return result;
}

Profile profileNamed(const SpawnForm &form, const QString &slug)
{
    const QList<Profile> profiles = form.profiles();
    for (const Profile &profile : profiles) {
        if (profile.slug == slug)
            return profile;
    }
    qFatal("no profile %s", qPrintable(slug));
}

} // namespace

class TestSpawnForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSavedPages_data();
    void parsesSavedPages();
    void readsDescriptionsAsText();
    void userOptions_data();
    void userOptions();
    void sizesFromText_data();
    void sizesFromText();
    void slugFromDisplayName_data();
    void slugFromDisplayName();
    void bySizeKeepsUnknownLastAndStable();
    void profilesRoundTripThroughJson();
    void cachedJsonIsReadLeniently();
    void oversizedPageIsNotParsed();
    void placeholderChoicesAreSkipped();
};

void TestSpawnForm::parsesSavedPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("hasProfiles");
    QTest::addColumn<QStringList>("slugs");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("defaultSlug");
    QTest::addColumn<QStringList>("bySize");
    QTest::addColumn<QStringList>("sizes");
    QTest::addColumn<QStringList>("options");

    const auto list = [](const char *items) {
        return QString::fromUtf8(items).split(QLatin1Char('|'));
    };
    const QStringList fixtureHubOptions {
        QStringLiteral("small/image Software environment: base=Base astronomy environment*, "
                       "heasoft=HEASoft environment; other=Custom image"),
        QStringLiteral("large/capacity Capacity: on-demand=On-demand (never interrupted)*, "
                       "spot=Spot (cheaper, may be reclaimed)")};

    // Saved from the fixture hub (JupyterHub 3.0, tests/fixtures/hub) with a logged-in session.
    QTest::newRow("fixture hub page")
        << QStringLiteral("jupyterhub3-fixture-page.html") << true << list("medium|small|xlarge|large")
        << list("Medium|Small|XLarge|Large") << QStringLiteral("small") << list("small|medium|large|xlarge")
        << list("medium=4/16|small=2/8|xlarge=128/512!|large=16/64") << fixtureHubOptions;
    QTest::newRow("kubespawner 7 form")
        << QStringLiteral("kubespawner7-form.html") << true << list("small-cpu|gpu|medium")
        << list("Small CPU|GPU server|Medium") << QStringLiteral("small-cpu") << list("small-cpu|medium|gpu")
        << list("small-cpu=0.5/1|gpu=8/61!|medium=4/32")
        << QStringList {
               QStringLiteral("small-cpu/image Image: pangeo=Pangeo notebook, pytorch=PyTorch notebook*; "
                              "other=Image Location"),
               QStringLiteral("small-cpu/node-type Node type: on-demand=On demand*, spot=Spot"),
               QStringLiteral("gpu/only-unlisted Custom image only: ; other=Image")};
    QTest::newRow("profiles without options")
        << QStringLiteral("kubespawner-no-options.html") << true << list("mini|standard|128-core")
        << list("Mini|Standard|128 core") << QStringLiteral("standard") << list("mini|standard|128-core")
        << list("mini=2/4|standard=4/16|128-core=128/0!") << QStringList {};
    QTest::newRow("radios without slug")
        << QStringLiteral("kubespawner-no-slug.html") << true << list("data-science-default|grosse-maschine")
        << list("Data Science (Default)|Große Maschine") << QStringLiteral("data-science-default")
        << list("data-science-default|grosse-maschine")
        << list("data-science-default=1/2|grosse-maschine=16/64")
        << QStringList {
               QStringLiteral("data-science-default/image Image: scipy=SciPy*, r-notebook=r-notebook")};
    QTest::newRow("jupyterhub 5 page")
        << QStringLiteral("jupyterhub5-fornax-page.html") << true << list("xlarge|small|large|medium")
        << list("XLarge|Small|Large|Medium") << QStringLiteral("medium") << list("small|medium|large|xlarge")
        << list("xlarge=128/512!|small=2/8|large=16/64|medium=4/16")
        << QStringList {QStringLiteral("small/image Environment: base=Base*, "
                                       "heasoft=HEASoft; other=Custom image")};
    // Two checked radios and two selected options: the last wins, as in a browser. "short" must not
    // take the options of "short--legacy", whose field names start with "profile-option-short--".
    QTest::newRow("similar slugs")
        << QStringLiteral("kubespawner-similar-slugs.html") << true << list("short|short-plus|short--legacy")
        << list("Short|Short plus|Short (legacy)") << QStringLiteral("short-plus")
        << list("short--legacy|short|short-plus") << list("short=1/2|short-plus=1/4|short--legacy=1/1")
        << QStringList {
               QStringLiteral("short/relevant Relevant: choice-a=Choice A*"),
               QStringLiteral("short-plus/irrelevant Irrelevant: choice-b=Choice B, choice-c=Choice C, "
                              "choice-d=Choice D*"),
               QStringLiteral("short--legacy/image Image: old=Old image*")};
    QTest::newRow("broken html") << QStringLiteral("broken-unclosed.html") << true << list("small|large")
                                 << list("Small|Large") << QStringLiteral("small") << list("small|large")
                                 << list("small=2/8|large=16/64")
                                 << QStringList {QStringLiteral(
                                        "small/image Software environment: base=Base astronomy environment*, "
                                        "heasoft=HEASoft environment")};

    const QStringList defaultServer {QString()};
    for (const char *file : {"form-without-profiles.html", "jupyterhub3-home-no-form.html", "empty.html"}) {
        QTest::newRow(file) << QString::fromLatin1(file) << false << defaultServer
                            << QStringList {QStringLiteral("Default server")} << QString() << defaultServer
                            << QStringList {QStringLiteral("=0/0")} << QStringList {};
    }
}

void TestSpawnForm::parsesSavedPages()
{
    QFETCH(QString, file);
    const SpawnForm form = SpawnForm::parse(fixture(file));

    QTEST(form.hasProfiles(), "hasProfiles");
    const QList<Profile> profiles = form.profiles();
    QTEST(slugs(profiles), "slugs");
    QStringList names;
    int defaults = 0;
    for (const Profile &profile : profiles) {
        names.append(profile.displayName);
        defaults += profile.isDefault ? 1 : 0;
    }
    QTEST(names, "names");
    QCOMPARE(defaults, 1);
    QTEST(form.defaultProfile().slug, "defaultSlug");
    QTEST(slugs(form.profilesBySize()), "bySize");
    QTEST(sizes(profiles), "sizes");
    QTEST(options(profiles), "options");
}

void TestSpawnForm::readsDescriptionsAsText()
{
    const SpawnForm form = SpawnForm::parse(fixture(QStringLiteral("kubespawner7-form.html")));
    // Entities decoded, white space collapsed, no markup.
    QCOMPARE(profileNamed(form, QStringLiteral("small-cpu")).description,
             QStringLiteral("0.5 CPU 1G — for notebooks & light work."));
    const SpawnForm fixtureHub = SpawnForm::parse(fixture(QStringLiteral("jupyterhub3-fixture-page.html")));
    QCOMPARE(profileNamed(fixtureHub, QStringLiteral("xlarge")).description,
             QStringLiteral("128 CPU, 512 GB RAM. Do not use unless you have been given permission."));
    const SpawnForm noOptions = SpawnForm::parse(fixture(QStringLiteral("kubespawner-no-options.html")));
    QCOMPARE(profileNamed(noOptions, QStringLiteral("mini")).description,
             QStringLiteral("2 CPU, 4 GB RAM; on-demand."));
}

void TestSpawnForm::userOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QStringList>("choices"); // key=value
    QTest::addColumn<QStringList>("unlisted"); // key=text
    QTest::addColumn<QByteArray>("expected");

    const QString hub = QStringLiteral("jupyterhub3-fixture-page.html");
    QTest::newRow("default choice") << hub << QStringLiteral("small") << QStringList {} << QStringList {}
                                    << QByteArray(R"({"profile": "small", "image": "base"})");
    QTest::newRow("listed choice") << hub << QStringLiteral("small")
                                   << QStringList {QStringLiteral("image=heasoft")} << QStringList {}
                                   << QByteArray(R"({"profile": "small", "image": "heasoft"})");
    QTest::newRow("unlisted chosen") << hub << QStringLiteral("small")
                                     << QStringList {QStringLiteral("image=unlisted-choice")}
                                     << QStringList {QStringLiteral("image=docker.io/me/custom:1")}
                                     << QByteArray(R"({"profile": "small", "image": "unlisted-choice",
                          "image--unlisted-choice": "docker.io/me/custom:1"})");
    QTest::newRow("unlisted text alone")
        << hub << QStringLiteral("small") << QStringList {}
        << QStringList {QStringLiteral("image=docker.io/x:2")}
        << QByteArray(
               R"({"profile": "small", "image": "unlisted-choice", "image--unlisted-choice": "docker.io/x:2"})");
    QTest::newRow("listed choice beats unlisted text")
        << hub << QStringLiteral("small") << QStringList {QStringLiteral("image=heasoft")}
        << QStringList {QStringLiteral("image=docker.io/x:2")}
        << QByteArray(R"({"profile": "small", "image": "heasoft"})");
    QTest::newRow("no options") << hub << QStringLiteral("medium") << QStringList {} << QStringList {}
                                << QByteArray(R"({"profile": "medium"})");
    QTest::newRow("unknown keys left out")
        << hub << QStringLiteral("large")
        << QStringList {QStringLiteral("capacity=spot"), QStringLiteral("color=red")}
        << QStringList {QStringLiteral("image=x")}
        << QByteArray(R"({"profile": "large", "capacity": "spot"})");
    QTest::newRow("option without listed choices")
        << QStringLiteral("kubespawner7-form.html") << QStringLiteral("gpu") << QStringList {}
        << QStringList {} << QByteArray(R"({"profile": "gpu"})");
    QTest::newRow("default server") << QStringLiteral("form-without-profiles.html") << QString()
                                    << QStringList {} << QStringList {} << QByteArray("{}");
}

void TestSpawnForm::userOptions()
{
    QFETCH(QString, file);
    QFETCH(QString, slug);
    QFETCH(QStringList, choices);
    QFETCH(QStringList, unlisted);
    QFETCH(QByteArray, expected);

    const auto toMap = [](const QStringList &pairs) {
        QMap<QString, QString> map;
        for (const QString &pair : pairs)
            map.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        return map;
    };
    const SpawnForm form = SpawnForm::parse(fixture(file));
    const Profile profile = slug.isEmpty() ? form.defaultProfile() : profileNamed(form, slug);
    const QJsonObject options = SpawnForm::userOptions(profile, toMap(choices), toMap(unlisted));
    const QJsonDocument wanted = QJsonDocument::fromJson(expected);
    QVERIFY(wanted.isObject());
    QCOMPARE(QJsonDocument(options).toJson(QJsonDocument::Compact), wanted.toJson(QJsonDocument::Compact));
}

void TestSpawnForm::sizesFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("cores");
    QTest::addColumn<double>("memory");
    QTest::addColumn<bool>("permission");

    QTest::newRow("cpu gb ram") << QStringLiteral("2 CPU, 8 GB RAM") << 2.0 << 8.0 << false;
    QTest::newRow("cores gib") << QStringLiteral("4 cores / 16 GiB") << 4.0 << 16.0 << false;
    QTest::newRow("no ram word") << QStringLiteral("128 CPU, 512 GB") << 128.0 << 512.0 << false;
    QTest::newRow("fraction and G") << QStringLiteral("0.5 CPU 1G") << 0.5 << 1.0 << false;
    QTest::newRow("vcpus and MB") << QStringLiteral("8 vCPUs, 512 MB") << 8.0 << 0.5 << false;
    QTest::newRow("TB memory") << QStringLiteral("1 TB memory, 64 cores") << 64.0 << 1024.0 << false;
    QTest::newRow("kubernetes units") << QStringLiteral("16Gi, 4 CPU") << 4.0 << 16.0 << false;
    QTest::newRow("label first") << QStringLiteral("CPU: 2, Memory: 4 GB") << 2.0 << 4.0 << false;
    QTest::newRow("disk before ram") << QStringLiteral("4 CPU, 100 GB disk, 16 GB RAM") << 4.0 << 16.0
                                     << false;
    QTest::newRow("gpu is not cpu") << QStringLiteral("1 GPU, T4") << 0.0 << 0.0 << false;
    QTest::newRow("nothing") << QStringLiteral("For writing and testing code.") << 0.0 << 0.0 << false;
    QTest::newRow("given permission")
        << QStringLiteral("128 CPU, 512 GB RAM. Do not use unless you have been given permission.") << 128.0
        << 512.0 << true;
    QTest::newRow("requires approval") << QStringLiteral("Large. Requires approval.") << 0.0 << 0.0 << true;
    QTest::newRow("approved users") << QStringLiteral("Only for approved projects") << 0.0 << 0.0 << true;
    QTest::newRow("on request") << QStringLiteral("GPU nodes, available on request") << 0.0 << 0.0 << true;
    QTest::newRow("restricted") << QStringLiteral("Restricted to the instrument team") << 0.0 << 0.0 << true;
    QTest::newRow("no approval needed")
        << QStringLiteral("4 CPU. No approval needed.") << 4.0 << 0.0 << false;
    QTest::newRow("not required after") << QStringLiteral("Approval is not required") << 0.0 << 0.0 << false;
    QTest::newRow("does not require") << QStringLiteral("Does not require permission") << 0.0 << 0.0 << false;
    QTest::newRow("negation in other sentence")
        << QStringLiteral("No GPU. Needs permission from the PI.") << 0.0 << 0.0 << true;
}

void TestSpawnForm::sizesFromText()
{
    QFETCH(QString, text);
    QTEST(Profile::coresFromText(text), "cores");
    QTEST(Profile::memoryGiBFromText(text), "memory");
    QTEST(Profile::needsPermissionFromText(text), "permission");
}

void TestSpawnForm::slugFromDisplayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << QStringLiteral("Small") << QStringLiteral("small");
    QTest::newRow("spaces") << QStringLiteral("Something without a slug")
                            << QStringLiteral("something-without-a-slug");
    QTest::newRow("punctuation") << QStringLiteral("  Large (16 CPU, 64 GB) ")
                                 << QStringLiteral("large-16-cpu-64-gb");
    QTest::newRow("accents") << QStringLiteral("Große Übung é") << QStringLiteral("grosse-ubung-e");
    QTest::newRow("nothing left") << QStringLiteral("!!!") << QString();
}

void TestSpawnForm::slugFromDisplayName()
{
    QFETCH(QString, name);
    QTEST(SpawnForm::slugFromDisplayName(name), "slug");
}

void TestSpawnForm::bySizeKeepsUnknownLastAndStable()
{
    // slug and description, in page order.
    const QList<std::pair<const char *, const char *>> sizes {
        {"unknown-a", "For anything."}, {"four", "4 CPU, 16 GB"},    {"two-no-memory", "2 CPU"},
        {"two", "2 CPU, 8 GB"},         {"memory-only", "2 GB RAM"}, {"unknown-b", ""},
        {"two-again", "2 CPU, 8 GB"}};
    QByteArray page;
    for (const auto &[slug, description] : sizes)
        page += QByteArray("<input type=radio name=profile value=") + slug + "><h3>" + slug + "</h3><p>"
            + description + "</p>";
    const SpawnForm form = SpawnForm::parse(page);
    QCOMPARE(
        slugs(form.profilesBySize()),
        (QStringList {QStringLiteral("two"), QStringLiteral("two-again"), QStringLiteral("two-no-memory"),
                      QStringLiteral("four"), QStringLiteral("memory-only"), QStringLiteral("unknown-a"),
                      QStringLiteral("unknown-b")}));
}

void TestSpawnForm::profilesRoundTripThroughJson()
{
    for (const char *file : {"jupyterhub3-fixture-page.html", "kubespawner7-form.html", "empty.html"}) {
        const QList<Profile> profiles = SpawnForm::parse(fixture(QString::fromLatin1(file))).profiles();
        const QByteArray saved = QJsonDocument(Profile::listToJson(profiles)).toJson();
        const QList<Profile> loaded = Profile::listFromJson(QJsonDocument::fromJson(saved).array());
        QCOMPARE(loaded.size(), profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i)
            QVERIFY2(loaded.at(i) == profiles.at(i), file);
    }
}

void TestSpawnForm::cachedJsonIsReadLeniently()
{
    const QByteArray json = R"([
        {"displayName": "Small", "slug": "small", "description": "2 CPU, 8 GB RAM"},
        {"slug": "nameless"},
        "not an object",
        {"displayName": "Tuned", "slug": "tuned", "description": "2 CPU", "cores": 3, "needsPermission": true,
         "options": [{"key": "image", "choices": [{"value": "a"}, {"value": ""}, {"value": "b", "default": true}]},
                     {"displayName": "keyless"}]}
    ])";
    const QList<Profile> profiles = Profile::listFromJson(QJsonDocument::fromJson(json).array());
    QCOMPARE(slugs(profiles), (QStringList {QStringLiteral("small"), QStringLiteral("tuned")}));
    // Sizes missing from the cache are read from the description; cached ones win.
    QCOMPARE(profiles.at(0).cores, 2.0);
    QCOMPARE(profiles.at(0).memoryGiB, 8.0);
    QCOMPARE(profiles.at(1).cores, 3.0);
    QVERIFY(profiles.at(1).needsPermission);
    QCOMPARE(profiles.at(1).options.size(), 1);
    const ProfileOption *image = profiles.at(1).option(QStringLiteral("image"));
    QVERIFY(image);
    QCOMPARE(image->displayName, QStringLiteral("image"));
    QCOMPARE(image->choices.size(), 2);
    QCOMPARE(image->defaultChoice(), QStringLiteral("b"));
    QVERIFY(!profiles.at(1).option(QStringLiteral("keyless")));
}

void TestSpawnForm::oversizedPageIsNotParsed()
{
    QByteArray page = fixture(QStringLiteral("jupyterhub3-fixture-page.html"));
    QVERIFY(SpawnForm::parse(page).hasProfiles());
    page.append(QByteArray(SpawnForm::MaxPageSize, ' '));
    const SpawnForm form = SpawnForm::parse(page);
    QVERIFY(!form.hasProfiles());
    QCOMPARE(form.profiles().size(), 1);
}

void TestSpawnForm::placeholderChoicesAreSkipped()
{
    // Found by fuzz_spawnform: a choice without value (or an empty one) did not survive the cache.
    const SpawnForm form = SpawnForm::parse(
        "<input type=radio name=profile value=p><h3>P</h3><select name=profile-option-p--image>"
        "<option value=''>Choose...</option><option v></option><option value=a>A</option></select>");
    const Profile profile = form.defaultProfile();
    QCOMPARE(options({profile}), QStringList {QStringLiteral("p/image image: a=A*")});
    QCOMPARE(Profile::fromJson(profile.toJson()), std::optional<Profile>(profile));
}

QTEST_GUILESS_MAIN(TestSpawnForm)
#include "tst_spawnform.moc"
