#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

namespace fornax {
class CredentialStore;
class HubSession;
class Settings;
} // namespace fornax

namespace fornax::ui {

/**
 * What TransferController needs from the application around it, and no more (qBittorrent's
 * components receive an IGUIApplication the same way): the signed-in session and what a job is
 * made from, a parent for its dialogs, the one download approval and the ledger, the app's own
 * server-start flow, and the places a transfer reports to. GuiApplication implements it; a test
 * or another front end can give the controller something smaller.
 */
class TransferHost
{
public:
    virtual ~TransferHost() = default;

    // The hub session of the hub shown now; null before one is open.
    virtual HubSession *session() const = 0;
    // What TransferJobFactory makes a job from (SSH settings, the keychain).
    virtual Settings *settings() const = 0;
    virtual QString hubId() const = 0;
    virtual CredentialStore *credentials() const = 0;

    // The window the controller's questions belong to, and whether the person looks at it (a
    // transfer that ends then needs no notification).
    virtual QWidget *dialogParent() const = 0;
    virtual bool isWindowActive() const = 0;
    // A line in the window's notice area ("Sign in to your hub first; …").
    virtual void setNotice(const QString &text) = 0;
    // The queue in a few words, for the tray ("2 transfers, 40 %").
    virtual void setTransferSummary(const QString &text) = 0;

    // The egress check every download passes; size -1 when unknown. May wait in a dialog.
    virtual bool approveDownload(const QString &name, qint64 size) = 0;
    // Bytes that left the hub, into the usage ledger (files -1 when unknown).
    virtual void recordDownload(const QString &name, qint64 bytes, int files) = 0;
    // The app's own start flow (the size picker with its confirmations).
    virtual void startServer() = 0;

protected:
    TransferHost() = default;
    TransferHost(const TransferHost &) = default;
    TransferHost &operator=(const TransferHost &) = default;
};

} // namespace fornax::ui
