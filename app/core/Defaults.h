#pragma once

// The defaults the app ships with, in one place so that nobody hunts for a URL in the code.
namespace fornax::defaults {

// The Fornax Science Console. Its hub lives under a path prefix that is not published, so the
// client probes for it (HubProbe); users can correct the address in the settings.
inline constexpr char FornaxConsoleUrl[] = "https://science-console.fornax.sciencecloud.nasa.gov/";
inline constexpr char FornaxHubName[] = "Fornax Science Console";

// Time allowed for a single request to the hub before it counts as a timeout.
inline constexpr int RequestTimeoutMs = 30'000;

} // namespace fornax::defaults
