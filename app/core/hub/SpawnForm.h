#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fornax {

/**
 * The server sizes a hub offers, read from its spawn page (`GET /hub/spawn`).
 *
 * JupyterHub has no REST endpoint for profiles: the only source is the HTML form KubeSpawner
 * renders inside `<form id="spawn_form">` (radio buttons named "profile", one `<select>` per
 * profile option, an optional free-text field for unlisted choices). parse() reads that markup
 * with libxml2's forgiving HTML parser, from a whole page or just the form, and never fails: a
 * page without a spawn form, or a form without profiles, yields the single default server, which
 * is what such a hub starts. userOptions() turns a choice back into the JSON body of
 * `POST /hub/api/users/{name}/server` exactly as KubeSpawner reads it.
 */
class SpawnForm
{
    Q_DECLARE_TR_FUNCTIONS(SpawnForm)

public:
    // A spawn page is a few tens of KiB; anything far larger is not one and is not parsed.
    static constexpr qsizetype MaxPageSize = qsizetype(16) * 1024 * 1024;

    static SpawnForm parse(const QByteArray &html);

    // Whether the hub offers a choice of profiles (false: only its default server).
    bool hasProfiles() const { return m_hasProfiles; }
    // In page order; never empty.
    QList<Profile> profiles() const { return m_profiles; }
    // Smallest first by cores, then memory; sizes the text did not give go last; ties keep page order.
    QList<Profile> profilesBySize() const;
    // Smallest first: by cores, then memory; sizes the text does not state go last, in order.
    static QList<Profile> sortedBySize(QList<Profile> profiles);
    // The profile the form preselects.
    Profile defaultProfile() const;

    // KubeSpawner's user_options for profile: {"profile": slug, "<key>": choice}, with each option's
    // default where choices has none. An option set to "unlisted-choice" in choices, or given only
    // in unlistedText, sends {"<key>": "unlisted-choice", "<key>--unlisted-choice": text}. Keys the
    // profile does not have are left out; values are passed on unchecked, for the hub to judge.
    // The default server (empty slug) gives {}.
    static QJsonObject userOptions(const Profile &profile, const QMap<QString, QString> &choices = {},
                                   const QMap<QString, QString> &unlistedText = {});

    // The slug KubeSpawner gives a profile without one: its display name, lowercased, with every
    // run of other characters than letters and digits turned into one '-'.
    static QString slugFromDisplayName(const QString &displayName);

    static inline const QString UnlistedChoice = QStringLiteral("unlisted-choice");

    // The one "profile" of a hub without a spawn form: its default server.
    static Profile defaultServer();

private:
    QList<Profile> m_profiles;
    bool m_hasProfiles = false;
};

} // namespace fornax
