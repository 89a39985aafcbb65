#pragma once

#include <QImage>

class QWindow;
#include <QString>

namespace fornax::test {

// Where tests leave what a person may want to look at afterwards: screenshots, logs.
class TestArtifacts
{
public:
    // The folder ($FORNAX_TEST_ARTIFACTS, created on demand).
    static QString directory();
    // Saves image as <directory>/<name>.png and returns the path (empty on failure).
    static QString saveScreenshot(const QImage &image, const QString &name);
    // What the display really shows of window: unlike QWidget::grab(), this includes web views,
    // which draw outside the widget painting path.
    static QString saveWindowScreenshot(QWindow *window, const QString &name);
};

} // namespace fornax::test
