#pragma once

#include <QString>

namespace fornax {
class HubSession;
class Settings;
} // namespace fornax

namespace fornax::ui {

/**
 * The hub the window shows now, as the parts of the window that keep per-hub state read it
 * (cost tracking, download approval): its session, settings, and the keys its records and
 * settings are filed under. GuiApplication implements it; the answers change when another hub
 * is opened, so holders ask each time rather than keep a copy.
 */
class HubContext
{
public:
    virtual ~HubContext() = default;

    // The session of the hub shown now; null before one is open.
    virtual HubSession *session() const = 0;
    virtual Settings *settings() const = 0;
    // The hub's entry in HubDirectory ("" before one is chosen).
    virtual QString hubId() const = 0;
    // What rate cards, budgets and usage records are filed under (RateCard::hubKey).
    virtual QString hubKey() const = 0;
    // The hub's name as the user knows it ("Fornax Science Console").
    virtual QString hubDisplayName() const = 0;

protected:
    HubContext() = default;
    HubContext(const HubContext &) = default;
    HubContext &operator=(const HubContext &) = default;
};

} // namespace fornax::ui
