#pragma once

#include <QString>

namespace fornax::ui {

/**
 * What QuitFlow needs from the application around it to leave well: whether the server runs and
 * a way to stop it, what still runs (transfers, a keep-alive) for the question it asks, where the
 * person can check on the server afterwards, and a way to abandon the rest once the decision is
 * made. GuiApplication implements it.
 */
class QuitHost
{
public:
    virtual ~QuitHost() = default;

    // The signed-in server runs, or is starting or stopping.
    virtual bool isServerActive() const = 0;
    // Asks the hub to stop the server; false (nothing asked) when there is none to ask about.
    virtual bool requestServerStop() = 0;
    // Transfers queued or running.
    virtual int pendingTransfers() const = 0;
    // Whether the keep-alive outlives the app, in a sentence; empty when nothing is kept.
    virtual QString keepAliveAfterQuitText() const = 0;
    // Where the person can check on the server: the hub's home page, else its name.
    virtual QString hubHomeText() const = 0;
    virtual void raiseWindow() = 0;
    virtual void notify(const QString &title, const QString &body) = 0;
    // The decision is made: stop watching the server, note its last sighting in the ledger, let
    // the keep-alive go, cancel the transfers.
    virtual void abandonWork() = 0;

protected:
    QuitHost() = default;
    QuitHost(const QuitHost &) = default;
    QuitHost &operator=(const QuitHost &) = default;
};

} // namespace fornax::ui
