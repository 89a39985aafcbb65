// Fuzz target: SpawnForm::parse over arbitrary bytes, taken as a spawn page.
//
// Checked besides memory safety: there is always at least one profile and exactly one default,
// sorting keeps every profile, user_options name the profile and every option with a default,
// and each profile survives the JSON cache unchanged.
#include "hub/SpawnForm.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using fornax::Profile;
using fornax::SpawnForm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("fornax.*=false"));
        return true;
    }();
    Q_UNUSED(quiet);

    // The app never reads more of the page (ReplyLimit aborts the reply first).
    if (qint64(size) > fornax::SpawnForm::MaxPageSize)
        return 0;
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    const SpawnForm form = SpawnForm::parse(page);
    const QList<Profile> profiles = form.profiles();
    if (profiles.isEmpty() || form.profilesBySize().size() != profiles.size()
        || !form.defaultProfile().isDefault)
        std::abort();
    int defaults = 0;
    for (const Profile &profile : profiles) {
        defaults += profile.isDefault ? 1 : 0;
        if (profile.displayName.isEmpty() || profile.cores < 0 || profile.memoryGiB < 0)
            std::abort();
        const QJsonObject options = SpawnForm::userOptions(profile);
        if (!profile.slug.isEmpty() && options.value(QLatin1String("profile")).toString() != profile.slug)
            std::abort();
        for (const fornax::ProfileOption &option : profile.options) {
            if (!option.defaultChoice().isEmpty() && !options.contains(option.key))
                std::abort();
        }
        const std::optional<Profile> cached = Profile::fromJson(profile.toJson());
        if (!cached || !(*cached == profile)) {
            std::fprintf(stderr, "profile changed in the JSON cache:\n%s\n%s\n",
                         QJsonDocument(profile.toJson()).toJson().constData(),
                         cached ? QJsonDocument(cached->toJson()).toJson().constData() : "(not read back)");
            std::abort();
        }
    }
    if (defaults != 1)
        std::abort();

    // The prose readers on their own, on text a page would never reach them with.
    if (size < 4096) {
        const QString text = QString::fromUtf8(page);
        if (Profile::coresFromText(text) < 0 || Profile::memoryGiBFromText(text) < 0)
            std::abort();
        Profile::needsPermissionFromText(text);
        SpawnForm::slugFromDisplayName(text);
    }
    return 0;
}
