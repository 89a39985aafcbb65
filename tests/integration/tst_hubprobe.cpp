// HubProbe against the real local JupyterHub, a real non-hub web server and closed ports.
#include "TestHub.h"
#include "hub/HubProbe.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using fornax::HubError;
using fornax::HubProbe;
using fornax::HubUrl;

class TestHubProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsLiveHub();
    void findsHubFromLabAddress();
    void refusedPortIsUnreachable();
    void otherWebServerIsNotAHub();
    void unknownHostIsReported();

private:
    // Runs one probe and waits for its verdict.
    QVariantList runProbe(const QString &address, bool *found);

    fornax::test::TestHub m_hub;
    QNetworkAccessManager m_network;
};

void TestHubProbe::initTestCase()
{
    qRegisterMetaType<fornax::HubUrl>();
    qRegisterMetaType<fornax::HubError>();
    m_hub = fornax::test::TestHub::fromEnvironment();
    QVERIFY2(m_hub.isValid(), qPrintable(m_hub.errorString()));
}

QVariantList TestHubProbe::runProbe(const QString &address, bool *found)
{
    HubProbe probe(&m_network);
    QSignalSpy foundSpy(&probe, &HubProbe::hubFound);
    QSignalSpy failedSpy(&probe, &HubProbe::probeFailed);
    probe.probe(address);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(foundSpy.size() + failedSpy.size() == 1, 40'000);
    }();
    *found = foundSpy.size() == 1;
    return *found ? foundSpy.first() : failedSpy.first();
}

void TestHubProbe::findsLiveHub()
{
    bool found = false;
    const QVariantList result = runProbe(m_hub.url().toString(), &found);
    QVERIFY(found);
    const auto hub = result.at(0).value<HubUrl>();
    const QString version = result.at(1).toString();
    QCOMPARE(hub.base(), m_hub.url());
    QVERIFY2(version.startsWith(QLatin1String("3.")) || version.startsWith(QLatin1String("4."))
                 || version.startsWith(QLatin1String("5.")),
             qPrintable(version));
    qInfo("live hub at %s answered: JupyterHub %s", qPrintable(hub.toDisplayString()), qPrintable(version));
}

void TestHubProbe::findsHubFromLabAddress()
{
    bool found = false;
    const QString lab =
        m_hub.url().toString() + QStringLiteral("user/%1/lab/tree/notes.ipynb?reset").arg(m_hub.userName());
    const QVariantList result = runProbe(lab, &found);
    QVERIFY(found);
    QCOMPARE(result.at(0).value<HubUrl>().base(), m_hub.url());
}

void TestHubProbe::refusedPortIsUnreachable()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there now
    bool found = true;
    const QVariantList result = runProbe(QStringLiteral("http://127.0.0.1:%1/").arg(port), &found);
    QVERIFY(!found);
    const auto error = result.at(0).value<HubError>();
    QCOMPARE(error.kind(), HubError::Kind::Unreachable);
    QVERIFY(!error.message().isEmpty());
}

void TestHubProbe::otherWebServerIsNotAHub()
{
    QTemporaryDir root;
    QProcess server;
    server.setWorkingDirectory(root.path());
    server.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                  QStringLiteral("0"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    QVERIFY(server.waitForStarted());
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains("port "), 10'000);
    const QString port =
        QRegularExpression(QStringLiteral("port (\\d+)")).match(QString::fromUtf8(banner)).captured(1);
    QVERIFY(!port.isEmpty());

    bool found = true;
    const QVariantList result = runProbe(QStringLiteral("http://127.0.0.1:%1/").arg(port), &found);
    server.kill();
    server.waitForFinished();
    QVERIFY(!found);
    QCOMPARE(result.at(0).value<HubError>().kind(), HubError::Kind::NotAHub);
}

void TestHubProbe::unknownHostIsReported()
{
    bool found = true;
    const QVariantList result = runProbe(QStringLiteral("https://no-such-hub.invalid/"), &found);
    QVERIFY(!found);
    const auto kind = result.at(0).value<HubError>().kind();
    // Without any resolver the lookup can also fail as a network error; either way it is named.
    QVERIFY2(kind == HubError::Kind::HostNotFound || kind == HubError::Kind::Unreachable,
             qPrintable(result.at(0).value<HubError>().kindName()));
}

QTEST_GUILESS_MAIN(TestHubProbe)
#include "tst_hubprobe.moc"
