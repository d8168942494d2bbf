#include "WorkspaceJson.h"

#include "values/ValueSettings.h"

#include "AuthMethod.h"
#include "Endpoint.h"
#include "SecretShapes.h"
#include "notify/NotifyChannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// A JSON path step for an object key: `.key`, or `["key"]` when the key is not a plain name.
QString keyStep(const QString& key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_-]*\\z"_s);
    if (plain.match(key).hasMatch())
        return u'.' + key;
    return u"[\""_s + SecretShapes::printable(key, 40).replace(u'"', u"\\\""_s) + u"\"]"_s;
}

// QJsonDocument keeps the last of two equal keys; a workspace file with a second "base_url" must be refused, not
// read as whichever came last. The bytes are valid JSON when this runs.
std::optional<QString> firstDuplicateKey(const QByteArray& json)
{
    struct Frame
    {
        bool object = false;
        QString path;
        QSet<QString> keys;
        qsizetype index = 0;
        QString pendingKey;
    };
    QList<Frame> stack;
    const char* p = json.constData();
    const char* const end = p + json.size();
    const auto readString = [&]() -> QString {
        const char* const start = ++p; // past the opening quote
        bool escaped = false;
        while (p < end && *p != '"') {
            escaped |= *p == '\\';
            p += *p == '\\' ? 2 : 1;
        }
        const QByteArray raw(start, qMin(p, end) - start);
        ++p; // closing quote
        if (!escaped)
            return QString::fromUtf8(raw);
        // Let Qt decode the escapes of this one literal ("\u0062ase_url" is "base_url").
        return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
    };
    const auto childPath = [&](const Frame& f) {
        return f.object ? f.path + keyStep(f.pendingKey) : u"%1[%2]"_s.arg(f.path).arg(f.index);
    };
    bool expectKey = false;
    while (p < end) {
        const char c = *p;
        if (c == '{' || c == '[') {
            Frame f;
            f.object = c == '{';
            f.path = stack.isEmpty() ? u"$"_s : childPath(stack.last());
            stack.append(f);
            expectKey = f.object;
            ++p;
        } else if (c == '}' || c == ']') {
            stack.removeLast();
            expectKey = false;
            ++p;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                ++stack.last().index;
                expectKey = stack.last().object;
            }
            ++p;
        } else if (c == '"') {
            const QString text = readString();
            if (expectKey && !stack.isEmpty()) {
                Frame& f = stack.last();
                if (f.keys.contains(text))
                    return f.path + keyStep(text);
                f.keys.insert(text);
                f.pendingKey = text;
                expectKey = false;
            }
        } else {
            ++p;
        }
    }
    return std::nullopt;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)

public:
    QList<WorkspaceProblem> problems;

    void problem(const QString& path, const QString& message) { problems << WorkspaceProblem { path, message }; }

    // Every key and string value of a connection or integration, at any depth: a credential never goes in a
    // workspace file (ARCHITECTURE.md, "Contracts"). The value is never echoed, only what it looks like.
    void secrets(const QJsonValue& value, const QString& path, const QString& connectionId, const QString& key = {})
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString at = path + keyStep(it.key());
                if (SecretShapes::isCredentialKey(it.key()) && !isEmptyValue(it.value())) {
                    problem(at, credentialAdvice(tr("looks like a credential"), connectionId));
                    continue;
                }
                secrets(it.value(), at, connectionId, it.key());
            }
        } else if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (qsizetype k = 0; k < a.size(); ++k)
                secrets(a.at(k), u"%1[%2]"_s.arg(path).arg(k), connectionId, key);
        } else if (value.isString() && !SecretShapes::isPublicIdentifierKey(key)) {
            if (const auto kind = SecretShapes::describe(value.toString()))
                problem(path, credentialAdvice(tr("looks like %1").arg(*kind), connectionId));
        }
    }

    static bool isEmptyValue(const QJsonValue& v)
    {
        return v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isObject() && v.toObject().isEmpty())
            || (v.isArray() && v.toArray().isEmpty());
    }

    static QString credentialAdvice(const QString& what, const QString& connectionId)
    {
        if (connectionId.isEmpty())
            return tr("%1; secrets never go in a workspace file — remove it, and store the key of the connection "
                      "it belongs to with \"plumbline secret set CONNECTION_ID\"")
                .arg(what);
        return tr("%1; secrets never go in a workspace file — store it with \"plumbline secret set %2\" instead")
            .arg(what, connectionId);
    }

    std::optional<QString> string(
        const QJsonObject& o, const QString& path, const QString& key, bool required, bool allowEmpty = true)
    {
        const QString at = path + u'.' + key;
        if (!o.contains(key)) {
            if (required)
                problem(at, tr("required key \"%1\" is missing").arg(key));
            return std::nullopt;
        }
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            problem(at, tr("expected a string, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        if (!allowEmpty && v.toString().trimmed().isEmpty()) {
            problem(at, tr("must not be empty"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<qint64> integer(const QJsonObject& o, const QString& path, const QString& key, qint64 min, qint64 max)
    {
        const QString at = path + u'.' + key;
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble()) {
            problem(at, tr("expected a whole number, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < double(min) || d > double(max)) {
            problem(at, tr("must be between %1 and %2").arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<QString> id(const QJsonObject& o, const QString& path)
    {
        const std::optional<QString> v = string(o, path, u"id"_s, true, false);
        if (v && !WorkspaceJson::isValidId(*v)) {
            problem(path + u".id"_s,
                tr("\"%1\" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'")
                    .arg(SecretShapes::printable(*v)));
            return std::nullopt;
        }
        return v;
    }

    std::optional<Connection> connection(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            problem(path, tr("expected an object, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const qsizetype before = problems.size();
        Connection c;
        c.id = id(o, path).value_or(QString());
        c.name = string(o, path, u"name"_s, true, false).value_or(QString());
        if (const auto vendor = string(o, path, u"vendor"_s, true)) {
            if (const auto v = vendorFromKey(*vendor)) {
                c.vendor = *v;
            } else {
                QStringList keys;
                for (Vendor known : allVendors())
                    keys << vendorKey(known);
                problem(path + u".vendor"_s,
                    tr("unknown vendor \"%1\"; expected one of: %2")
                        .arg(SecretShapes::printable(*vendor), keys.join(u", ")));
            }
        }
        c.baseUrl = string(o, path, u"base_url"_s, false).value_or(QString());
        // A credential in the address is reported by secrets() below, without echoing the address.
        if (!c.baseUrl.isEmpty() && !SecretShapes::describe(c.baseUrl)) {
            if (const QString why = Endpoint::problem(c.baseUrl); !why.isEmpty())
                problem(path + u".base_url"_s,
                    tr("\"%1\" cannot be used: %2").arg(SecretShapes::printable(c.baseUrl), why));
        }
        c.apiVersion = string(o, path, u"api_version"_s, false).value_or(QString());
        c.authMethod = string(o, path, u"auth_method"_s, false).value_or(QString());
        c.owner = string(o, path, u"owner"_s, false).value_or(QString());
        c.notes = string(o, path, u"notes"_s, false).value_or(QString());
        bool authReadable = true;
        if (o.contains(u"auth")) {
            const QJsonValue auth = o.value(u"auth");
            if (auth.isObject()) {
                c.auth = auth.toObject();
            } else if (!auth.isNull()) {
                problem(path + u".auth"_s, tr("expected an object, found %1").arg(typeName(auth)));
                authReadable = false; // one defect, one problem: not also "client_id is missing"
            }
        }
        if (authReadable) {
            for (const auto& [key, message] : AuthMethod::problems(c))
                problem(path + u'.' + key, message);
        }
        if (o.contains(u"options")) {
            const QJsonValue options = o.value(u"options");
            if (options.isObject())
                c.options = options.toObject();
            else if (!options.isNull())
                problem(path + u".options"_s, tr("expected an object, found %1").arg(typeName(options)));
        }
        secrets(o, path, c.id);
        if (problems.size() != before)
            return std::nullopt;
        return c;
    }

    std::optional<IntegrationSide> side(const QJsonObject& parent, const QString& path, const QString& key)
    {
        const QString at = path + u'.' + key;
        if (!parent.contains(key)) {
            problem(at, tr("required key \"%1\" is missing").arg(key));
            return std::nullopt;
        }
        const QJsonValue v = parent.value(key);
        if (!v.isObject()) {
            problem(at, tr("expected an object, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        const qsizetype before = problems.size();
        IntegrationSide s;
        s.connection = string(o, at, u"connection"_s, true, false).value_or(QString());
        s.object = string(o, at, u"object"_s, true, false).value_or(QString());
        if (o.contains(u"filter")) {
            const QJsonValue f = o.value(u"filter");
            if (f.isBool() || f.isDouble())
                problem(at + u".filter"_s, tr("expected null, a string or an object, found %1").arg(typeName(f)));
            else
                s.filter = f;
        }
        if (problems.size() != before)
            return std::nullopt;
        return s;
    }

    std::optional<Integration> integration(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            problem(path, tr("expected an object, found %1").arg(typeName(value)));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const qsizetype before = problems.size();
        Integration i;
        secrets(o, path, QString());
        i.id = id(o, path).value_or(QString());
        i.name = string(o, path, u"name"_s, true, false).value_or(QString());
        i.source = side(o, path, u"source"_s).value_or(IntegrationSide {});
        i.destination = side(o, path, u"destination"_s).value_or(IntegrationSide {});
        if (const auto direction = string(o, path, u"direction"_s, false)) {
            if (const auto d = directionFromKey(*direction))
                i.direction = *d;
            else
                problem(path + u".direction"_s,
                    tr("unknown direction \"%1\"; expected one_way or two_way")
                        .arg(SecretShapes::printable(*direction)));
        }
        if (o.contains(u"middleware") && !o.value(u"middleware").isNull()) {
            const QString at = path + u".middleware"_s;
            const QJsonValue mv = o.value(u"middleware");
            if (!mv.isObject()) {
                problem(at, tr("expected an object or null, found %1").arg(typeName(mv)));
            } else {
                const QJsonObject m = mv.toObject();
                const auto conn = string(m, at, u"connection"_s, true, false);
                const auto ref = string(m, at, u"ref"_s, true, false);
                if (conn && ref)
                    i.middleware = Middleware { *conn, *ref };
            }
        }
        if (o.contains(u"mappings")) {
            const QString at = path + u".mappings"_s;
            const QJsonValue mv = o.value(u"mappings");
            if (!mv.isArray()) {
                problem(at, tr("expected an array, found %1").arg(typeName(mv)));
            } else {
                const QJsonArray a = mv.toArray();
                for (qsizetype k = 0; k < a.size(); ++k) {
                    const QString mat = u"%1[%2]"_s.arg(at).arg(k);
                    if (!a.at(k).isObject()) {
                        problem(mat, tr("expected an object, found %1").arg(typeName(a.at(k))));
                        continue;
                    }
                    const QJsonObject m = a.at(k).toObject();
                    FieldMapping fm;
                    fm.source = string(m, mat, u"source"_s, true, false).value_or(QString());
                    fm.destination = string(m, mat, u"destination"_s, true, false).value_or(QString());
                    if (m.contains(u"key")) {
                        if (m.value(u"key").isBool())
                            fm.key = m.value(u"key").toBool();
                        else
                            problem(
                                mat + u".key"_s, tr("expected true or false, found %1").arg(typeName(m.value(u"key"))));
                    }
                    i.mappings << fm;
                }
            }
        }
        if (o.contains(u"checks")) {
            const QString at = path + u".checks"_s;
            const QJsonValue cv = o.value(u"checks");
            if (!cv.isObject()) {
                problem(at, tr("expected an object, found %1").arg(typeName(cv)));
            } else {
                const QJsonObject c = cv.toObject();
                QJsonObject extra = c;
                if (c.contains(u"interval_s"))
                    i.checks.intervalS = int(integer(c, at, u"interval_s"_s, 10, 7 * 86400).value_or(0));
                if (c.contains(u"tolerance_pct")) {
                    const QJsonValue t = c.value(u"tolerance_pct");
                    if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() > 100)
                        problem(at + u".tolerance_pct"_s,
                            t.isDouble() ? tr("must be between 0 and 100")
                                         : tr("expected a number, found %1").arg(typeName(t)));
                    else
                        i.checks.tolerancePct = t.toDouble();
                }
                if (c.contains(u"tolerance_abs"))
                    i.checks.toleranceAbs = integer(c, at, u"tolerance_abs"_s, 0, 1000000000000).value_or(0);
                if (c.contains(u"lag_grace_s"))
                    i.checks.lagGraceS = int(integer(c, at, u"lag_grace_s"_s, 0, 30 * 86400).value_or(0));
                for (const auto& [where, message] : ValueSettings::problems(c.value(u"values"), at + u".values"_s))
                    problem(where, message);
                for (const auto* key : { "interval_s", "tolerance_pct", "tolerance_abs", "lag_grace_s" })
                    extra.remove(QLatin1String(key));
                i.checks.extra = extra;
            }
        }
        i.owner = string(o, path, u"owner"_s, false).value_or(QString());
        i.purpose = string(o, path, u"purpose"_s, false).value_or(QString());
        i.runbook = string(o, path, u"runbook"_s, false).value_or(QString());
        if (o.contains(u"notify") && !o.value(u"notify").isNull()) {
            const QJsonValue nv = o.value(u"notify");
            if (!nv.isArray()) {
                problem(path + u".notify"_s, tr("expected an array of channel ids, found %1").arg(typeName(nv)));
            } else {
                const QJsonArray a = nv.toArray();
                for (qsizetype k = 0; k < a.size(); ++k) {
                    if (!a.at(k).isString() || a.at(k).toString().isEmpty())
                        problem(u"%1.notify[%2]"_s.arg(path).arg(k),
                            tr("expected a channel id, found %1").arg(typeName(a.at(k))));
                    else if (!i.notify.contains(a.at(k).toString()))
                        i.notify << a.at(k).toString();
                }
            }
        }
        Q_UNUSED(before)
        // Returned even when something is wrong, so the caller can still check its references.
        return i;
    }
};

QJsonObject connectionToJson(const Connection& c)
{
    QJsonObject o;
    o.insert(u"id"_s, c.id);
    o.insert(u"name"_s, c.name);
    o.insert(u"vendor"_s, vendorKey(c.vendor));
    o.insert(u"base_url"_s, c.baseUrl);
    o.insert(u"api_version"_s, c.apiVersion);
    if (!c.authMethod.isEmpty())
        o.insert(u"auth_method"_s, c.authMethod);
    if (!c.auth.isEmpty())
        o.insert(u"auth"_s, c.auth);
    o.insert(u"options"_s, c.options);
    o.insert(u"owner"_s, c.owner);
    o.insert(u"notes"_s, c.notes);
    return o;
}

QJsonObject sideToJson(const IntegrationSide& s)
{
    return { { u"connection"_s, s.connection }, { u"object"_s, s.object }, { u"filter"_s, s.filter } };
}

QJsonObject integrationToJson(const Integration& i)
{
    QJsonObject o;
    o.insert(u"id"_s, i.id);
    o.insert(u"name"_s, i.name);
    o.insert(u"source"_s, sideToJson(i.source));
    o.insert(u"destination"_s, sideToJson(i.destination));
    o.insert(u"direction"_s, directionKey(i.direction));
    if (i.middleware)
        o.insert(u"middleware"_s,
            QJsonObject { { u"connection"_s, i.middleware->connection }, { u"ref"_s, i.middleware->ref } });
    QJsonArray mappings;
    for (const FieldMapping& m : i.mappings) {
        QJsonObject mo { { u"source"_s, m.source }, { u"destination"_s, m.destination } };
        if (m.key)
            mo.insert(u"key"_s, true);
        mappings.append(mo);
    }
    o.insert(u"mappings"_s, mappings);
    o.insert(u"checks"_s, i.checks.toJson());
    o.insert(u"owner"_s, i.owner);
    o.insert(u"purpose"_s, i.purpose);
    o.insert(u"runbook"_s, i.runbook);
    if (!i.notify.isEmpty())
        o.insert(u"notify"_s, QJsonArray::fromStringList(i.notify));
    return o;
}

} // namespace

bool WorkspaceJson::isValidId(const QString& id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"_s);
    return re.match(id).hasMatch();
}

WorkspaceParseResult WorkspaceJson::parse(const QByteArray& bytes, const QSet<QString>& knownConnectionIds,
    qint64 sizeLimit, qint64 fullSize, const QSet<QString>& knownChannelIds)
{
    WorkspaceParseResult result;
    Reader r;
    if (bytes.size() > sizeLimit) {
        // The caller may have read only one byte past the limit: report the file's own size.
        r.problem(u"$"_s,
            tr("the file is %1 bytes, over the limit of %2 bytes for a workspace file")
                .arg(qMax(fullSize, qint64(bytes.size())))
                .arg(sizeLimit));
        result.problems = r.problems;
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        r.problem(u"$"_s, tr("the file is not UTF-8 text"));
        result.problems = r.problems;
        return result;
    }
    Q_UNUSED(text)
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        r.problem(u"$"_s, tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        result.problems = r.problems;
        return result;
    }
    if (const auto duplicate = firstDuplicateKey(bytes)) {
        r.problem(*duplicate,
            tr("this key appears twice in the same object; remove one of them (Plumbline does not "
               "guess which one you meant)"));
        result.problems = r.problems;
        return result;
    }
    if (!doc.isObject()) {
        r.problem(u"$"_s, tr("expected a JSON object at the top level"));
        result.problems = r.problems;
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(u"format");
    if (format.isUndefined())
        r.problem(u"$.format"_s, tr("required key \"format\" is missing; expected \"plumbline-workspace\""));
    else if (format.toString() != u"plumbline-workspace")
        r.problem(u"$.format"_s, tr("unknown format; expected \"plumbline-workspace\""));
    const QJsonValue version = root.value(u"version");
    if (version.isUndefined())
        r.problem(u"$.version"_s, tr("required key \"version\" is missing"));
    else if (!version.isDouble())
        r.problem(u"$.version"_s, tr("expected a number, found %1").arg(typeName(version)));
    else if (version.toDouble() != 1.0)
        r.problem(
            u"$.version"_s, tr("version %1 is not supported; this Plumbline reads version 1").arg(version.toDouble()));
    if (!r.problems.isEmpty()) {
        result.problems = r.problems;
        return result;
    }

    Workspace ws;
    QSet<QString> connectionIds;
    const QJsonValue connections = root.value(u"connections");
    if (connections.isUndefined()) {
        r.problem(u"$.connections"_s, tr("required key \"connections\" is missing"));
    } else if (!connections.isArray()) {
        r.problem(u"$.connections"_s, tr("expected an array, found %1").arg(typeName(connections)));
    } else {
        const QJsonArray a = connections.toArray();
        for (qsizetype k = 0; k < a.size(); ++k) {
            const QString path = u"$.connections[%1]"_s.arg(k);
            if (auto c = r.connection(a.at(k), path)) {
                if (connectionIds.contains(c->id)) {
                    r.problem(
                        path + u".id"_s, tr("duplicate connection id \"%1\"").arg(SecretShapes::printable(c->id)));
                    continue;
                }
                connectionIds.insert(c->id);
                ws.connections << *c;
            } else if (a.at(k).isObject()) {
                connectionIds.insert(a.at(k).toObject().value(u"id").toString()); // avoid follow-on dangling errors
            }
        }
    }

    // Notification channels (optional): before the integrations, whose `notify` lists name them.
    QSet<QString> channelIds;
    const QJsonValue channels = root.value(u"channels");
    if (!channels.isUndefined() && !channels.isNull()) {
        if (!channels.isArray()) {
            r.problem(u"$.channels"_s, tr("expected an array, found %1").arg(typeName(channels)));
        } else {
            const QJsonArray a = channels.toArray();
            for (qsizetype k = 0; k < a.size(); ++k) {
                const QString path = u"$.channels[%1]"_s.arg(k);
                const ChannelParse parsed = NotifyChannels::fromJson(a.at(k), path);
                for (const auto& [where, message] : parsed.problems)
                    r.problem(where, message);
                const QString id = a.at(k).toObject().value(u"id").toString();
                if (!id.isEmpty() && channelIds.contains(id)) {
                    r.problem(path + u".id"_s, tr("duplicate channel id \"%1\"").arg(SecretShapes::printable(id)));
                    continue;
                }
                if (!id.isEmpty())
                    channelIds.insert(id);
                if (parsed.channel)
                    ws.channels << *parsed.channel;
            }
        }
    }

    const QJsonValue integrations = root.value(u"integrations");
    QSet<QString> integrationIds;
    if (integrations.isUndefined()) {
        r.problem(u"$.integrations"_s, tr("required key \"integrations\" is missing"));
    } else if (!integrations.isArray()) {
        r.problem(u"$.integrations"_s, tr("expected an array, found %1").arg(typeName(integrations)));
    } else {
        const QJsonArray a = integrations.toArray();
        for (qsizetype k = 0; k < a.size(); ++k) {
            const QString path = u"$.integrations[%1]"_s.arg(k);
            const qsizetype problemsBefore = r.problems.size();
            const auto i = r.integration(a.at(k), path);
            if (!i)
                continue;
            if (!i->id.isEmpty() && integrationIds.contains(i->id)) {
                r.problem(path + u".id"_s, tr("duplicate integration id \"%1\"").arg(SecretShapes::printable(i->id)));
                continue;
            }
            integrationIds.insert(i->id);
            const auto known = [&](const QString& id) {
                // An empty id was already reported as missing or mistyped.
                return id.isEmpty() || connectionIds.contains(id) || knownConnectionIds.contains(id);
            };
            if (!known(i->source.connection))
                r.problem(path + u".source.connection"_s,
                    tr("refers to connection \"%1\", which is not defined")
                        .arg(SecretShapes::printable(i->source.connection)));
            if (!known(i->destination.connection))
                r.problem(path + u".destination.connection"_s,
                    tr("refers to connection \"%1\", which is not defined")
                        .arg(SecretShapes::printable(i->destination.connection)));
            if (i->middleware && !known(i->middleware->connection))
                r.problem(path + u".middleware.connection"_s,
                    tr("refers to connection \"%1\", which is not defined")
                        .arg(SecretShapes::printable(i->middleware->connection)));
            for (qsizetype k = 0; k < i->notify.size(); ++k) {
                const QString& channel = i->notify.at(k);
                if (!channelIds.contains(channel) && !knownChannelIds.contains(channel))
                    r.problem(u"%1.notify[%2]"_s.arg(path).arg(k),
                        tr("refers to notification channel \"%1\", which is not defined")
                            .arg(SecretShapes::printable(channel)));
            }
            if (r.problems.size() == problemsBefore)
                ws.integrations << *i;
        }
    }

    result.problems = r.problems;
    if (result.problems.isEmpty())
        result.workspace = ws;
    return result;
}

QByteArray WorkspaceJson::serialize(const Workspace& workspace)
{
    QJsonArray connections;
    for (const Connection& c : workspace.connections)
        connections.append(connectionToJson(c));
    QJsonArray integrations;
    for (const Integration& i : workspace.integrations)
        integrations.append(integrationToJson(i));
    QJsonObject root;
    root.insert(u"format"_s, u"plumbline-workspace"_s);
    root.insert(u"version"_s, 1);
    root.insert(u"connections"_s, connections);
    root.insert(u"integrations"_s, integrations);
    if (!workspace.channels.isEmpty()) {
        QJsonArray channels;
        for (const NotifyChannel& c : workspace.channels)
            channels.append(c.toJson());
        root.insert(u"channels"_s, channels);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace plumbline
