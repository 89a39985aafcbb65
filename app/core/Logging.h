#pragma once

#include <QLoggingCategory>

// One category per area, so a user can turn on just what a bug report needs, e.g.
// QT_LOGGING_RULES="fornax.hub.debug=true". Nothing logged anywhere may contain a token.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcCost)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
