#include "PlainText.h"

#include <QLabel>
#include <QTextDocument>

namespace fornax::ui {

void PlainText::apply(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

QString PlainText::toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace fornax::ui
