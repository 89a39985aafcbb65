#pragma once

#include <QLoggingCategory>

// One category per area, so a user can turn on just what a bug report needs, e.g.
// QT_LOGGING_RULES="fornax.hub.debug=true". Nothing logged anywhere may contain a token.
// The transfer engine has one per layer (the folders of app/core): fornax.transfer for the jobs
// (transfer/), below it fornax.transfer.archive, .jupyter and .ssh, so "fornax.transfer.*"
// names the layers and "fornax.transfer*" the whole engine.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
Q_DECLARE_LOGGING_CATEGORY(lcJupyter)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcCost)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
