#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fornax {

// One value of a profile option, as KubeSpawner lists it in the option's <select>.
struct ProfileChoice
{
    QString value; // what user_options carries
    QString displayName;
    bool isDefault = false;

    friend bool operator==(const ProfileChoice &, const ProfileChoice &) = default;
};

// One option of a profile (KubeSpawner's profile_options), such as the software image.
struct ProfileOption
{
    QString key; // the user_options key
    QString displayName;
    QList<ProfileChoice> choices; // listed choices, without the free-text entry
    bool allowsUnlisted = false; // a free-text value may be given instead of a listed choice
    QString unlistedLabel; // what the hub calls the free-text entry ("Custom image")

    // The value the hub would use when none is given: the default choice, else the first; empty
    // when there are no listed choices.
    QString defaultChoice() const;
    bool hasChoice(const QString &value) const;

    friend bool operator==(const ProfileOption &, const ProfileOption &) = default;
};

/**
 * A server size offered by a hub's spawn form: one KubeSpawner profile and its options.
 *
 * The hub tells clients nothing about sizes except in prose ("2 CPU, 8 GB RAM. Do not use unless
 * you have been given permission."), so cores, memory and whether the size needs permission are
 * read from the description and display name; 0 means the text did not say. Profiles can be
 * cached as JSON, which is how the command-line client offers sizes without a browser session.
 */
struct Profile
{
    QString slug; // user_options "profile"; empty for a hub without profiles
    QString displayName;
    QString description;
    bool isDefault = false;
    double cores = 0; // 0 = unknown
    double memoryGiB = 0; // 0 = unknown
    bool needsPermission = false;
    QList<ProfileOption> options;

    // nullptr when the profile has no option with that key.
    const ProfileOption *option(const QString &key) const;
    // Fills cores, memoryGiB and needsPermission from description and displayName.
    void deriveFromText();

    QJsonObject toJson() const;
    // nullopt when json is not a cached profile (no display name).
    static std::optional<Profile> fromJson(const QJsonObject &json);
    static QJsonArray listToJson(const QList<Profile> &profiles);
    // Skips entries that are not profiles.
    static QList<Profile> listFromJson(const QJsonArray &json);

    // "2 CPU", "4 cores", "0.5 vCPU" -> the number; 0 when text names no core count.
    static double coresFromText(QStringView text);
    // "8 GB RAM", "16 GiB", "1G", "512 MB" -> GiB; 0 when text names no memory size.
    static double memoryGiBFromText(QStringView text);
    // Whether text says the size needs permission or approval.
    static bool needsPermissionFromText(QStringView text);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace fornax
