// The transfer widgets' own logic, without a hub: which drags the drop zone takes (and that it
// never asks a drag out of the remote browser for its files), what the conflicts dialog answers,
// and how the transfer list words a time left.
#include "ConflictsDialog.h"
#include "DropZone.h"
#include "RemoteMimeData.h"
#include "TransferListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fornax;
using namespace fornax::ui;

class TestTransferWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void localPaths_data();
    void localPaths();
    void remoteBrowserDragsAreNotFetched();
    void dropZoneHighlightsAndEmits();
    void conflictsDialogAnswersByIndex();
    void conflictsDialogSaysWhatReplaceDoes();
    void durationText_data();
    void durationText();

private:
    QTemporaryDir m_dir;
};

void TestTransferWidgets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder/inner")));
    QFile file(m_dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void TestTransferWidgets::localPaths_data()
{
    QTest::addColumn<QStringList>("urls"); // "@" stands for the temporary folder
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("file") << QStringList {QStringLiteral("file://@/file.txt")}
                          << QStringList {QStringLiteral("@/file.txt")};
    QTest::newRow("folder with slash")
        << QStringList {QStringLiteral("file://@/folder/")} << QStringList {QStringLiteral("@/folder")};
    QTest::newRow("two") << QStringList {QStringLiteral("file://@/file.txt"),
                                         QStringLiteral("file://@/folder")}
                         << QStringList {QStringLiteral("@/file.txt"), QStringLiteral("@/folder")};
    QTest::newRow("missing") << QStringList {QStringLiteral("file://@/gone.txt")} << QStringList {};
    QTest::newRow("web link") << QStringList {QStringLiteral("https://example.org/a.csv")} << QStringList {};
    QTest::newRow("mixed") << QStringList {QStringLiteral("file://@/file.txt"),
                                           QStringLiteral("https://example.org/a")}
                           << QStringList {};
    QTest::newRow("no urls") << QStringList {} << QStringList {};
}

void TestTransferWidgets::localPaths()
{
    QFETCH(QStringList, urls);
    QFETCH(QStringList, expected);
    QMimeData mime;
    QList<QUrl> list;
    for (QString url : urls)
        list << QUrl(url.replace(QLatin1Char('@'), m_dir.path()));
    if (!list.isEmpty())
        mime.setUrls(list);
    else
        mime.setText(QStringLiteral("just text"));
    for (QString &path : expected)
        path.replace(QLatin1Char('@'), m_dir.path());
    QCOMPARE(DropZone::localPaths(&mime), expected);
}

void TestTransferWidgets::remoteBrowserDragsAreNotFetched()
{
    bool fetched = false;
    RemoteMimeData mime({QStringLiteral("data/results.csv")},
                        [&fetched](const QStringList &, const QString &, const RemoteMimeData::Done &done) {
                            fetched = true;
                            done(QStringLiteral("not in this test"));
                        });
    QVERIFY(mime.hasUrls()); // it offers files, but only once downloaded
    QVERIFY(DropZone::localPaths(&mime).isEmpty());
    QVERIFY(!fetched);
}

void TestTransferWidgets::dropZoneHighlightsAndEmits()
{
    QWidget window;
    window.resize(300, 200);
    DropZone zone(&window);
    zone.setFolder(QStringLiteral("data/run 1"));
    QCOMPARE(zone.overlay()->text(), QStringLiteral("Drop to upload to “data/run 1”"));
    QVERIFY(window.acceptDrops());
    QSignalSpy dropped(&zone, &DropZone::dropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("file.txt")))});

    zone.setEnabled(false); // nobody signed in: refused
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
    QVERIFY(!zone.isHighlighted());

    zone.setEnabled(true);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction); // never a move: the local files stay
    QVERIFY(zone.isHighlighted());
    QCOMPARE(zone.overlay()->geometry(), window.rect());
    QDragLeaveEvent leave;
    QApplication::sendEvent(&window, &leave);
    QVERIFY(!zone.isHighlighted());

    QApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!zone.isHighlighted());
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toStringList(), QStringList {m_dir.filePath(QStringLiteral("file.txt"))});
    QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("data/run 1"));
}

void TestTransferWidgets::conflictsDialogAnswersByIndex()
{
    QList<TransferConflict> conflicts;
    for (int index : {2, 5}) {
        TransferConflict conflict;
        conflict.id = index; // answers are keyed by the conflict's id
        conflict.index = index;
        conflict.name = QStringLiteral("item-%1").arg(index);
        conflict.existingSize = 1000 * index;
        conflict.incomingSize = 1000 * index + 1;
        conflict.existingModified = QDateTime::fromSecsSinceEpoch(1'700'000'000);
        conflicts << conflict;
    }
    ConflictsDialog dialog(TransferJob::Direction::Download, QStringLiteral("2 items"),
                           QStringLiteral("/tmp/x"), conflicts);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("On this computer"));
    // 5,000 and 5,001 bytes round to the same text: both say their bytes.
    QVERIFY(table->item(1, 2)->text().contains(QLocale().toString(5001) + QStringLiteral(" bytes")));
    QVERIFY(!table->item(1, 1)->text().contains(QStringLiteral("date unknown")));
    QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("date unknown")));
    // Nothing is overwritten unless chosen.
    QCOMPARE(dialog.answers(),
             (QHash<int, ConflictPolicy> {{2, ConflictPolicy::Skip}, {5, ConflictPolicy::Skip}}));
    dialog.setChoice(1, ConflictPolicy::Overwrite);
    QCOMPARE(dialog.answers().value(5), ConflictPolicy::Overwrite);
    QCOMPARE(dialog.answers().value(2), ConflictPolicy::Skip);
    auto *all = dialog.findChild<QComboBox *>(QStringLiteral("conflictsAllChoice"));
    all->setCurrentIndex(all->findData(int(ConflictPolicy::SkipIdentical)));
    dialog.findChild<QPushButton *>(QStringLiteral("conflictsApplyAllButton"))->click();
    QCOMPARE(dialog.answers(),
             (QHash<int, ConflictPolicy> {{2, ConflictPolicy::SkipIdentical},
                                          {5, ConflictPolicy::SkipIdentical}}));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.findChild<QPushButton *>(QStringLiteral("conflictsCancelButton"))->click();
    QCOMPARE(rejected.size(), 1);
}

void TestTransferWidgets::conflictsDialogSaysWhatReplaceDoes()
{
    // A file against a folder: skip, keep both, or replace — and replace says how many files the
    // folder holds and that it goes to the trash, not away. Overwrite is not offered.
    TransferConflict clash;
    clash.id = 0;
    clash.kind = TransferConflict::Kind::TypeClash;
    clash.name = QStringLiteral("results");
    clash.existingIsFolder = true;
    clash.existingTotals.files = 12;
    TransferConflict file;
    file.id = 1;
    file.name = QStringLiteral("results/a.csv");
    ConflictsDialog dialog(TransferJob::Direction::Download, QStringLiteral("results"),
                           QStringLiteral("/tmp/x"), {clash, file});
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("conflictsIntro"))
                ->text()
                .contains(QStringLiteral("Folders that exist on both sides are merged")));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("conflictChoice0"));
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->findData(int(ConflictPolicy::Overwrite)), -1);
    const QString replace = box->itemText(box->findData(int(ConflictPolicy::Replace)));
    QVERIFY2(replace.contains(QStringLiteral("12 file")) && replace.contains(QStringLiteral("trash"))
                 && replace.contains(QStringLiteral("nothing is deleted")),
             qPrintable(replace));
    QVERIFY(clash.replaceText(true).contains(QStringLiteral("“results (replaced <date>)”")));
    // "Overwrite for all" overwrites files only; the folder keeps its (safe) choice.
    dialog.applyToAll(ConflictPolicy::Overwrite);
    QCOMPARE(dialog.answers(),
             (QHash<int, ConflictPolicy> {{0, ConflictPolicy::Skip}, {1, ConflictPolicy::Overwrite}}));
    dialog.setChoice(0, ConflictPolicy::Replace);
    QCOMPARE(dialog.answers().value(0), ConflictPolicy::Replace);
}

void TestTransferWidgets::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(7) << QStringLiteral("0:07");
    QTest::newRow("minutes") << qint64(65) << QStringLiteral("1:05");
    QTest::newRow("hours") << qint64(7390) << QStringLiteral("2:03:10");
}

void TestTransferWidgets::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TransferListModel::durationText(seconds), text);
}

QTEST_MAIN(TestTransferWidgets)
#include "tst_transferwidgets.moc"
