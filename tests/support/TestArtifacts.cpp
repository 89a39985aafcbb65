#include "TestArtifacts.h"

#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QWindow>

namespace fornax::test {

QString TestArtifacts::directory()
{
    QString dir = qEnvironmentVariable("FORNAX_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QLatin1String("/fornax-test-artifacts");
    QDir().mkpath(dir);
    return dir;
}

QString TestArtifacts::saveWindowScreenshot(QWindow *window, const QString &name)
{
    if (!window || !window->screen())
        return {};
    return saveScreenshot(window->screen()->grabWindow(window->winId()).toImage(), name);
}

QString TestArtifacts::saveScreenshot(const QImage &image, const QString &name)
{
    const QString path = directory() + QLatin1Char('/') + name + QLatin1String(".png");
    if (image.isNull() || !image.save(path))
        return {};
    qInfo("screenshot saved: %s", qPrintable(path));
    return path;
}

} // namespace fornax::test
