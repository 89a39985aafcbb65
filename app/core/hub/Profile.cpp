#include "Profile.h"

#include <QRegularExpression>

#include <algorithm>

namespace fornax {

namespace {

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// Where the sentence that contains position pos starts and ends, for reading a phrase in context.
qsizetype sentenceStart(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos; i > 0; --i) {
        const QChar c = text.at(i - 1);
        if (c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            return i;
    }
    return 0;
}

qsizetype sentenceEnd(QStringView text, qsizetype pos)
{
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?'))
            return i;
    }
    return text.size();
}

double number(QStringView digits)
{
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok && value > 0 && value < 1e9 ? value : 0;
}

QJsonObject choiceToJson(const ProfileChoice &choice)
{
    return {{QStringLiteral("value"), choice.value},
            {QStringLiteral("displayName"), choice.displayName},
            {QStringLiteral("default"), choice.isDefault}};
}

QJsonObject optionToJson(const ProfileOption &option)
{
    QJsonArray choices;
    for (const ProfileChoice &choice : option.choices)
        choices.append(choiceToJson(choice));
    return {{QStringLiteral("key"), option.key},
            {QStringLiteral("displayName"), option.displayName},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("allowsUnlisted"), option.allowsUnlisted},
            {QStringLiteral("unlistedLabel"), option.unlistedLabel}};
}

std::optional<ProfileOption> optionFromJson(const QJsonObject &json)
{
    ProfileOption option;
    option.key = json.value(QLatin1String("key")).toString();
    if (option.key.isEmpty())
        return std::nullopt;
    option.displayName = json.value(QLatin1String("displayName")).toString(option.key);
    const QJsonArray choices = json.value(QLatin1String("choices")).toArray();
    for (const QJsonValue value : choices) {
        const QJsonObject object = value.toObject();
        ProfileChoice choice;
        choice.value = object.value(QLatin1String("value")).toString();
        if (choice.value.isEmpty())
            continue;
        choice.displayName = object.value(QLatin1String("displayName")).toString(choice.value);
        choice.isDefault = object.value(QLatin1String("default")).toBool();
        option.choices.append(choice);
    }
    option.allowsUnlisted = json.value(QLatin1String("allowsUnlisted")).toBool();
    option.unlistedLabel = json.value(QLatin1String("unlistedLabel")).toString();
    return option;
}

} // namespace

QString ProfileOption::defaultChoice() const
{
    const auto it = std::find_if(choices.cbegin(), choices.cend(), [](const ProfileChoice &choice) {
        return choice.isDefault;
    });
    if (it != choices.cend())
        return it->value;
    return choices.isEmpty() ? QString() : choices.first().value;
}

bool ProfileOption::hasChoice(const QString &value) const
{
    return std::any_of(choices.cbegin(), choices.cend(), [&value](const ProfileChoice &choice) {
        return choice.value == value;
    });
}

const ProfileOption *Profile::option(const QString &key) const
{
    const auto it = std::find_if(options.cbegin(), options.cend(), [&key](const ProfileOption &option) {
        return option.key == key;
    });
    return it == options.cend() ? nullptr : &*it;
}

void Profile::deriveFromText()
{
    cores = coresFromText(description);
    if (cores == 0)
        cores = coresFromText(displayName);
    memoryGiB = memoryGiBFromText(description);
    if (memoryGiB == 0)
        memoryGiB = memoryGiBFromText(displayName);
    needsPermission = needsPermissionFromText(description) || needsPermissionFromText(displayName);
}

double Profile::coresFromText(QStringView text)
{
    // "2 CPU", "4 cores", "8 vCPUs", "0.5 CPU", and the label-first "CPU: 4".
    static const QRegularExpression countFirst(
        QStringLiteral(R"((?<![\w.])(\d+(?:\.\d+)?)\s*(?:x\s*)?(?:v?cpus?|cores?|processors?)\b)"),
        CaseInsensitive);
    static const QRegularExpression labelFirst(
        QStringLiteral(R"(\b(?:v?cpus?|cores?)\s*[:=]\s*(\d+(?:\.\d+)?)(?![\w.]))"), CaseInsensitive);
    for (const QRegularExpression *expression : {&countFirst, &labelFirst}) {
        const QRegularExpressionMatch match = expression->match(text);
        if (match.hasMatch())
            return number(match.capturedView(1));
    }
    return 0;
}

double Profile::memoryGiBFromText(QStringView text)
{
    // "8 GB", "16 GiB", "1G", "64Gi", "512 MB", "1 TB"; GB and GiB are taken alike, as the prose
    // of spawn forms does.
    static const QRegularExpression size(
        QStringLiteral(R"((?<![\w.])(\d+(?:\.\d+)?)\s*([tgm])(?:ib|i|b)?\b)"), CaseInsensitive);
    static const QRegularExpression memoryBefore(QStringLiteral(R"(\b(?:ram|memory|mem)\b\W{0,3}$)"),
                                                 CaseInsensitive);
    static const QRegularExpression memoryAfter(QStringLiteral(R"(^\W{0,3}(?:of\s+)?(?:ram|memory|mem)\b)"),
                                                CaseInsensitive);
    double first = 0;
    QRegularExpressionMatchIterator it = size.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        double value = number(match.capturedView(1));
        const QChar unit = match.capturedView(2).at(0).toLower();
        if (unit == QLatin1Char('t'))
            value *= 1024;
        else if (unit == QLatin1Char('m'))
            value /= 1024;
        if (value == 0)
            continue;
        // A description may also name disk space ("100 GB disk, 16 GB RAM"): prefer the size
        // that is called memory.
        const QStringView before = text.first(match.capturedStart(0)).right(12);
        const QStringView after = text.sliced(match.capturedEnd(0)).left(16);
        if (memoryBefore.match(before).hasMatch() || memoryAfter.match(after).hasMatch())
            return value;
        if (first == 0)
            first = value;
    }
    return first;
}

bool Profile::needsPermissionFromText(QStringView text)
{
    static const QRegularExpression gate(
        QStringLiteral(R"(\b(?:permission|approval|approved|authori[sz]ation|authori[sz]ed|by request|)"
                       R"(on request|request access|restricted)\b)"),
        CaseInsensitive);
    // "No approval needed", "does not require permission", "approval is not required".
    static const QRegularExpression negatedBefore(
        QStringLiteral(R"(\b(?:no|without|not\s+need|not\s+require|n't\s+need|n't\s+require)\b)"),
        CaseInsensitive);
    static const QRegularExpression negatedAfter(
        QStringLiteral(R"(^\s*(?:is\s+|are\s+)?(?:not|n't)\s+(?:needed|required|necessary)\b)"),
        CaseInsensitive);

    QRegularExpressionMatchIterator it = gate.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = sentenceStart(text, match.capturedStart(0));
        const QStringView before = text.sliced(start, match.capturedStart(0) - start);
        const QStringView after =
            text.sliced(match.capturedEnd(0), sentenceEnd(text, match.capturedEnd(0)) - match.capturedEnd(0));
        if (!negatedBefore.match(before).hasMatch() && !negatedAfter.match(after).hasMatch())
            return true;
    }
    return false;
}

QJsonObject Profile::toJson() const
{
    QJsonArray optionArray;
    for (const ProfileOption &o : options)
        optionArray.append(optionToJson(o));
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("description"), description},
            {QStringLiteral("default"), isDefault},
            {QStringLiteral("cores"), cores},
            {QStringLiteral("memoryGiB"), memoryGiB},
            {QStringLiteral("needsPermission"), needsPermission},
            {QStringLiteral("options"), optionArray}};
}

std::optional<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile profile;
    profile.displayName = json.value(QLatin1String("displayName")).toString();
    if (profile.displayName.isEmpty())
        return std::nullopt;
    profile.slug = json.value(QLatin1String("slug")).toString();
    profile.description = json.value(QLatin1String("description")).toString();
    profile.isDefault = json.value(QLatin1String("default")).toBool();
    profile.deriveFromText();
    // What was cached wins over what the text says now: it may have been corrected by hand.
    if (json.contains(QLatin1String("cores")))
        profile.cores = std::max(0.0, json.value(QLatin1String("cores")).toDouble());
    if (json.contains(QLatin1String("memoryGiB")))
        profile.memoryGiB = std::max(0.0, json.value(QLatin1String("memoryGiB")).toDouble());
    if (json.contains(QLatin1String("needsPermission")))
        profile.needsPermission = json.value(QLatin1String("needsPermission")).toBool();
    const QJsonArray optionArray = json.value(QLatin1String("options")).toArray();
    for (const QJsonValue value : optionArray) {
        if (std::optional<ProfileOption> o = optionFromJson(value.toObject()))
            profile.options.append(std::move(*o));
    }
    return profile;
}

QJsonArray Profile::listToJson(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(profile.toJson());
    return array;
}

QList<Profile> Profile::listFromJson(const QJsonArray &json)
{
    QList<Profile> profiles;
    for (const QJsonValue value : json) {
        if (std::optional<Profile> profile = fromJson(value.toObject()))
            profiles.append(std::move(*profile));
    }
    return profiles;
}

} // namespace fornax
