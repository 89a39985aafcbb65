#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "fornax.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "fornax.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "fornax.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransfer, "fornax.transfer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "fornax.transfer.archive", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJupyter, "fornax.transfer.jupyter", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "fornax.transfer.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCost, "fornax.cost", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "fornax.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "fornax.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "fornax.notify", QtInfoMsg)
