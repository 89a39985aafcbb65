#pragma once

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace fornax::test {

// Runs script in page and waits (up to timeoutMs) for its result. The result lives in shared
// state, so an answer that comes after the caller has moved on, or while the page is being
// destroyed, writes to nothing that is gone.
inline QVariant evaluateScript(QWebEnginePage *page, const QString &script, int timeoutMs = 5'000)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) {
        *result = value;
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result->has_value();
            },
            timeoutMs))
        return {};
    return result->value_or(QVariant());
}

} // namespace fornax::test
