#include "SpawnForm.h"

#include "Logging.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QHash>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace fornax {

namespace {

const QLatin1String OptionPrefix("profile-option-");
const QLatin1String UnlistedSuffix("--unlisted-choice");

struct DocumentDeleter
{
    void operator()(xmlDoc *document) const { xmlFreeDoc(document); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

const xmlChar *xml(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

bool isElement(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, xml(name)) == 0;
}

bool hasAttribute(xmlNode *node, const char *name)
{
    return xmlHasProp(node, xml(name)) != nullptr;
}

// The attribute's value, or a null QString when the element does not have it.
QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, xml(name));
    if (!value)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result.isNull() ? QLatin1String("") : result;
}

// The text inside an element, with its white space collapsed as a browser shows it.
QString text(xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    if (!content)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
    xmlFree(content);
    return result;
}

// The next node in document order within root, without recursion: hostile pages nest deeply.
xmlNode *nextInOrder(xmlNode *node, const xmlNode *root)
{
    if (node->children && node->type == XML_ELEMENT_NODE)
        return node->children;
    while (node && node != root) {
        if (node->next)
            return node->next;
        node = node->parent;
    }
    return nullptr;
}

template<typename Visit>
void forEachElement(xmlNode *root, Visit visit)
{
    for (xmlNode *node = root; node; node = nextInOrder(node, root)) {
        if (node->type == XML_ELEMENT_NODE)
            visit(node);
    }
}

xmlNode *findSpawnForm(xmlNode *root)
{
    for (xmlNode *node = root; node; node = nextInOrder(node, root)) {
        if (node->type == XML_ELEMENT_NODE && attribute(node, "id") == QLatin1String("spawn_form"))
            return node;
    }
    return nullptr;
}

// A <select> or free-text field of some profile option, found before the slugs are all known.
struct OptionField
{
    QString name; // profile-option-{slug}--{key}, without any --unlisted-choice
    int profileIndex; // the profile whose markup it appears in, -1 before any
    xmlNode *select; // nullptr for a free-text field
};

struct ParsedProfile
{
    Profile profile;
    bool checked = false;
    bool hasName = false;
    bool hasDescription = false;
};

// The profile whose slug prefixes field.name, longest first ("short" must not take the fields
// of "short-plus"), preferring the profile the field appears in.
int owningProfile(const QList<ParsedProfile> &profiles, const OptionField &field, QString *key)
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < profiles.size(); ++i) {
        const QString prefix = OptionPrefix + profiles.at(i).profile.slug + QLatin1String("--");
        if (!field.name.startsWith(prefix) || field.name.size() == prefix.size())
            continue;
        if (prefix.size() > bestLength || (prefix.size() == bestLength && i == field.profileIndex)) {
            best = i;
            bestLength = prefix.size();
        }
    }
    if (best >= 0)
        *key = field.name.sliced(bestLength);
    return best;
}

ProfileOption readSelect(xmlNode *select, const QString &key)
{
    ProfileOption option;
    option.key = key;
    int selected = -1;
    forEachElement(select, [&](xmlNode *node) {
        if (!isElement(node, "option"))
            return;
        // Without a value attribute an option's value is its text, as in a browser.
        const QString label = text(node);
        QString value = attribute(node, "value");
        if (value.isNull())
            value = label;
        if (value == SpawnForm::UnlistedChoice) {
            option.allowsUnlisted = true;
            option.unlistedLabel = label;
            return;
        }
        // An empty value is a placeholder ("Choose..."): KubeSpawner never renders one, and
        // sending it would mean "no choice" anyway.
        if (value.isEmpty())
            return;
        if (hasAttribute(node, "selected"))
            selected = int(option.choices.size()); // the last one wins, as in a browser
        option.choices.append(ProfileChoice {value, label.isEmpty() ? value : label, false});
    });
    if (!option.choices.isEmpty())
        option.choices[selected >= 0 ? selected : 0].isDefault = true;
    return option;
}

} // namespace

SpawnForm SpawnForm::parse(const QByteArray &html)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] {
        xmlInitParser();
    });

    SpawnForm form;
    if (html.size() > MaxPageSize || html.size() > std::numeric_limits<int>::max()) {
        qCWarning(lcHub) << "spawn page of" << html.size() << "bytes is too large to be one; ignoring it";
        form.m_profiles = {defaultServer()};
        return form;
    }
    Document document(
        htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER));
    xmlNode *root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (xmlNode *spawnForm = root ? findSpawnForm(root) : nullptr)
        root = spawnForm;

    QList<ParsedProfile> parsed;
    QList<OptionField> fields;
    QHash<QString, QString> labels; // label text by its "for"
    if (root) {
        forEachElement(root, [&](xmlNode *node) {
            const int current = int(parsed.size()) - 1;
            if (isElement(node, "input")) {
                const QString type = attribute(node, "type").toLower();
                if (type == QLatin1String("radio") && attribute(node, "name") == QLatin1String("profile")) {
                    ParsedProfile profile;
                    profile.profile.slug = attribute(node, "value").trimmed();
                    profile.checked = hasAttribute(node, "checked");
                    parsed.append(profile);
                    return;
                }
                // KubeSpawner 7 keeps the free-text field's name in data-name until it is chosen.
                QString name = attribute(node, "name");
                if (!name.endsWith(UnlistedSuffix))
                    name = attribute(node, "data-name");
                if (name.startsWith(OptionPrefix) && name.endsWith(UnlistedSuffix))
                    fields.append(OptionField {name.chopped(UnlistedSuffix.size()), current, nullptr});
                return;
            }
            if (isElement(node, "select")) {
                const QString name = attribute(node, "name");
                if (name.startsWith(OptionPrefix))
                    fields.append(OptionField {name, current, node});
                return;
            }
            if (isElement(node, "label")) {
                const QString target = attribute(node, "for");
                if (!target.isEmpty() && !target.startsWith(QLatin1String("profile-item-")))
                    labels.insert(target, text(node));
                return;
            }
            if (current < 0)
                return;
            ParsedProfile &profile = parsed[current];
            if (!profile.hasName && (isElement(node, "h3") || isElement(node, "strong"))) {
                profile.profile.displayName = text(node);
                profile.hasName = true;
            } else if (profile.hasName && !profile.hasDescription && isElement(node, "p")) {
                profile.profile.description = text(node);
                profile.hasDescription = true;
            }
        });
    }

    if (parsed.isEmpty()) {
        form.m_profiles = {defaultServer()};
        return form;
    }

    int checked = -1;
    for (int i = 0; i < parsed.size(); ++i) {
        Profile &profile = parsed[i].profile;
        if (profile.displayName.isEmpty())
            profile.displayName = profile.slug.isEmpty() ? tr("Server size %1").arg(i + 1) : profile.slug;
        if (profile.slug.isEmpty())
            profile.slug = slugFromDisplayName(profile.displayName);
        if (parsed.at(i).checked)
            checked = i; // the last checked radio wins, as in a browser
    }
    parsed[checked >= 0 ? checked : 0].profile.isDefault = true;

    // Options: selects first, so that a free-text field joins the option of its select.
    std::stable_partition(fields.begin(), fields.end(), [](const OptionField &f) {
        return f.select != nullptr;
    });
    for (const OptionField &field : std::as_const(fields)) {
        QString key;
        const int owner = owningProfile(parsed, field, &key);
        if (owner < 0) {
            qCDebug(lcHub) << "spawn form field" << field.name << "belongs to no profile on the page";
            continue;
        }
        QList<ProfileOption> &options = parsed[owner].profile.options;
        auto it = std::find_if(options.begin(), options.end(), [&key](const ProfileOption &o) {
            return o.key == key;
        });
        if (field.select) {
            if (it != options.end())
                continue; // a second select of the same name sends nothing new
            ProfileOption option = readSelect(field.select, key);
            option.displayName = labels.value(field.name, key);
            options.append(option);
            it = options.end() - 1;
        } else if (it == options.end()) {
            ProfileOption option;
            option.key = key;
            option.displayName = labels.value(field.name, key);
            options.append(option);
            it = options.end() - 1;
        }
        if (!field.select)
            it->allowsUnlisted = true;
        if (it->allowsUnlisted) {
            // The free-text field's own label says what to type; the menu entry often only "Other...".
            const QString label = labels.value(field.name + UnlistedSuffix);
            if (!label.isEmpty())
                it->unlistedLabel = label;
            else if (it->unlistedLabel.isEmpty())
                it->unlistedLabel = tr("Other");
        }
    }

    form.m_hasProfiles = true;
    for (ParsedProfile &profile : parsed) {
        profile.profile.deriveFromText();
        form.m_profiles.append(std::move(profile.profile));
    }
    return form;
}

Profile SpawnForm::defaultServer()
{
    Profile profile;
    profile.displayName = tr("Default server");
    profile.isDefault = true;
    return profile;
}

QList<Profile> SpawnForm::profilesBySize() const
{
    return sortedBySize(m_profiles);
}

QList<Profile> SpawnForm::sortedBySize(QList<Profile> profiles)
{
    const auto key = [](const Profile &p) {
        constexpr double unknown = std::numeric_limits<double>::infinity();
        return std::pair(p.cores > 0 ? p.cores : unknown, p.memoryGiB > 0 ? p.memoryGiB : unknown);
    };
    std::stable_sort(profiles.begin(), profiles.end(), [&key](const Profile &a, const Profile &b) {
        return key(a) < key(b);
    });
    return profiles;
}

Profile SpawnForm::defaultProfile() const
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [](const Profile &p) {
        return p.isDefault;
    });
    return it != m_profiles.cend() ? *it : m_profiles.value(0, defaultServer());
}

QJsonObject SpawnForm::userOptions(const Profile &profile, const QMap<QString, QString> &choices,
                                   const QMap<QString, QString> &unlistedText)
{
    QJsonObject options;
    if (profile.slug.isEmpty())
        return options;
    options.insert(QStringLiteral("profile"), profile.slug);
    for (const ProfileOption &option : profile.options) {
        const QString chosen = choices.value(option.key);
        const bool unlisted =
            chosen == UnlistedChoice || (chosen.isEmpty() && !unlistedText.value(option.key).isEmpty());
        if (unlisted) {
            options.insert(option.key, UnlistedChoice);
            options.insert(option.key + UnlistedSuffix, unlistedText.value(option.key));
        } else if (!chosen.isEmpty()) {
            options.insert(option.key, chosen);
        } else if (const QString fallback = option.defaultChoice(); !fallback.isEmpty()) {
            options.insert(option.key, fallback);
        }
    }
    return options;
}

QString SpawnForm::slugFromDisplayName(const QString &displayName)
{
    // python-slugify transliterates accented letters to ASCII ("Größe" -> "grosse"); decomposing
    // and dropping the marks does the same for the Latin letters profile names use.
    const QString decomposed = displayName.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool separator = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (separator && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(c);
            separator = false;
        } else if (c == QChar(0x00DF)) { // ß has no decomposition
            if (separator && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(QLatin1String("ss"));
            separator = false;
        } else {
            separator = true;
        }
    }
    return slug;
}

} // namespace fornax
