#pragma once

#include <QString>

#include <initializer_list>

class QLabel;

namespace fornax::ui {

/**
 * Text from hubs and servers (names of files, folders, sizes, users; messages) shown as text,
 * never as markup: a name such as `<img src=...>` must not load or render anything.
 *
 * QLabel, QMessageBox and tool tips guess ("Qt::AutoText") whether a string is rich text; every
 * widget that may show such text uses these instead of the guess.
 */
class PlainText
{
public:
    // Makes each label show its text as typed.
    static void apply(std::initializer_list<QLabel *> labels);
    // A tool tip showing text literally: text that could pass for markup is escaped and wrapped
    // so that it is rich text whose visible content is exactly text.
    static QString toolTip(const QString &text);
};

} // namespace fornax::ui
