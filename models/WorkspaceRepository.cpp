#include "WorkspaceRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace plumbline {

namespace {

// A null QString binds as SQL NULL; the definition columns are NOT NULL with '' for "not set".
QString text(const QString& s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

QString toIso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap so QJsonDocument can carry them, then unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue parseJsonText(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue::Null;
    return doc.array().first();
}

void addDiff(QJsonObject& details, const QString& field, const QJsonValue& from, const QJsonValue& to)
{
    if (from == to)
        return;
    details.insert(field, QJsonObject { { u"from"_s, from }, { u"to"_s, to } });
}

QJsonArray mappingsJson(const QList<FieldMapping>& mappings)
{
    QJsonArray a;
    for (const FieldMapping& m : mappings) {
        a.append(m.key ? u"%1 -> %2 (key)"_s.arg(m.source, m.destination) : u"%1 -> %2"_s.arg(m.source, m.destination));
    }
    return a;
}

QJsonObject connectionDiff(const std::optional<Connection>& before, const Connection& after)
{
    const Connection empty;
    const Connection& b = before ? *before : empty;
    QJsonObject d;
    addDiff(d, u"name"_s, b.name, after.name);
    addDiff(d, u"vendor"_s, before ? vendorKey(b.vendor) : QString(), vendorKey(after.vendor));
    addDiff(d, u"base_url"_s, b.baseUrl, after.baseUrl);
    addDiff(d, u"api_version"_s, b.apiVersion, after.apiVersion);
    addDiff(d, u"auth_method"_s, b.authMethod, after.authMethod);
    addDiff(d, u"auth"_s, b.auth, after.auth);
    addDiff(d, u"options"_s, b.options, after.options);
    addDiff(d, u"owner"_s, b.owner, after.owner);
    addDiff(d, u"notes"_s, b.notes, after.notes);
    return d;
}

QJsonObject sideJson(const IntegrationSide& s)
{
    return { { u"connection"_s, s.connection }, { u"object"_s, s.object }, { u"filter"_s, s.filter } };
}

QJsonObject integrationDiff(const std::optional<Integration>& before, const Integration& after)
{
    const Integration empty;
    const Integration& b = before ? *before : empty;
    QJsonObject d;
    addDiff(d, u"name"_s, b.name, after.name);
    addDiff(d, u"source"_s, before ? sideJson(b.source) : QJsonObject(), sideJson(after.source));
    addDiff(d, u"destination"_s, before ? sideJson(b.destination) : QJsonObject(), sideJson(after.destination));
    addDiff(d, u"direction"_s, before ? directionKey(b.direction) : QString(), directionKey(after.direction));
    const auto mw = [](const std::optional<Middleware>& m) -> QJsonValue {
        return m ? QJsonValue(QJsonObject { { u"connection"_s, m->connection }, { u"ref"_s, m->ref } })
                 : QJsonValue(QJsonValue::Null);
    };
    addDiff(d, u"middleware"_s, mw(b.middleware), mw(after.middleware));
    addDiff(d, u"mappings"_s, mappingsJson(b.mappings), mappingsJson(after.mappings));
    addDiff(d, u"checks"_s, before ? b.checks.toJson() : QJsonObject(), after.checks.toJson());
    addDiff(d, u"owner"_s, b.owner, after.owner);
    addDiff(d, u"purpose"_s, b.purpose, after.purpose);
    addDiff(d, u"runbook"_s, b.runbook, after.runbook);
    addDiff(d, u"notify"_s, QJsonArray::fromStringList(b.notify), QJsonArray::fromStringList(after.notify));
    return d;
}

QJsonObject channelDiff(const std::optional<NotifyChannel>& before, const NotifyChannel& after)
{
    const QJsonObject b = before ? before->toJson() : QJsonObject();
    const QJsonObject a = after.toJson();
    QJsonObject d;
    QStringList keys = b.keys() + a.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys))
        addDiff(d, key, b.value(key), a.value(key));
    return d;
}

Checks checksFromJson(const QJsonObject& o)
{
    Checks c;
    QJsonObject extra = o;
    if (o.contains(u"interval_s"))
        c.intervalS = o.value(u"interval_s").toInt(c.intervalS);
    if (o.contains(u"tolerance_pct"))
        c.tolerancePct = o.value(u"tolerance_pct").toDouble(c.tolerancePct);
    if (o.contains(u"tolerance_abs"))
        c.toleranceAbs = o.value(u"tolerance_abs").toInteger(c.toleranceAbs);
    if (o.contains(u"lag_grace_s"))
        c.lagGraceS = o.value(u"lag_grace_s").toInt(c.lagGraceS);
    for (const auto* key : { "interval_s", "tolerance_pct", "tolerance_abs", "lag_grace_s" })
        extra.remove(QLatin1String(key));
    c.extra = extra;
    return c;
}

} // namespace

// One write transaction on the writer connection; rolls back unless committed.
class WorkspaceRepository::Transaction
{
public:
    Transaction(QSqlDatabase db, int& failAfter)
        : m_db(std::move(db))
        , m_failAfter(failAfter)
    {
        m_open = m_db.transaction();
        if (!m_open)
            m_error = m_db.lastError().text();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    bool exec(QSqlQuery& q)
    {
        if (m_failAfter == 0) {
            m_error = u"simulated failure"_s;
            return false;
        }
        if (m_failAfter > 0)
            --m_failAfter;
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        qCWarning(lcStore) << "write failed:" << m_error;
        return false;
    }
    QSqlQuery query(const QString& sql)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        return q;
    }
    bool commit()
    {
        if (!m_db.commit()) {
            m_error = m_db.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    int& m_failAfter;
    bool m_open = false;
    QString m_error;
};

WorkspaceRepository::WorkspaceRepository(Database& database, QString osUser, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_osUser(std::move(osUser))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

WorkspaceRepository::~WorkspaceRepository() = default;

void WorkspaceRepository::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime WorkspaceRepository::now() const
{
    return m_clock();
}

QList<Connection> WorkspaceRepository::connections() const
{
    QList<Connection> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, name, vendor, base_url, api_version, auth_method, options, owner, notes, created_at, "
            "updated_at, secret_state, secret_updated_at, auth FROM connections ORDER BY name COLLATE NOCASE, id"_s)) {
        m_database.noteReadFault(q);
        return out;
    }
    while (q.next()) {
        Connection c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.vendor = vendorFromKey(q.value(2).toString()).value_or(Vendor::Generic);
        c.baseUrl = q.value(3).toString();
        c.apiVersion = q.value(4).toString();
        c.authMethod = q.value(5).toString();
        c.options = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        c.owner = q.value(7).toString();
        c.notes = q.value(8).toString();
        c.createdAt = fromIso(q.value(9));
        c.updatedAt = fromIso(q.value(10));
        c.secretState = secretStateFromKey(q.value(11).toString());
        c.secretUpdatedAt = fromIso(q.value(12));
        c.auth = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
        out << c;
    }
    m_database.checkFinished(q);
    return out;
}

std::optional<Connection> WorkspaceRepository::connection(const QString& id) const
{
    for (const Connection& c : connections()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QList<Integration> WorkspaceRepository::integrations() const
{
    QList<Integration> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, name, source_connection, source_object, source_filter, destination_connection, "
            "destination_object, destination_filter, direction, middleware_connection, middleware_ref, checks, "
            "owner, purpose, runbook, created_at, updated_at, notify FROM integrations ORDER BY name COLLATE NOCASE, id"_s)) {
        m_database.noteReadFault(q);
        return out;
    }
    while (q.next()) {
        Integration i;
        i.id = q.value(0).toString();
        i.name = q.value(1).toString();
        i.source = { q.value(2).toString(), q.value(3).toString(), parseJsonText(q.value(4).toString()) };
        i.destination = { q.value(5).toString(), q.value(6).toString(), parseJsonText(q.value(7).toString()) };
        i.direction = directionFromKey(q.value(8).toString()).value_or(Direction::OneWay);
        if (!q.value(9).isNull())
            i.middleware = Middleware { q.value(9).toString(), q.value(10).toString() };
        i.checks = checksFromJson(QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
        i.owner = q.value(12).toString();
        i.purpose = q.value(13).toString();
        i.runbook = q.value(14).toString();
        i.createdAt = fromIso(q.value(15));
        i.updatedAt = fromIso(q.value(16));
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array())
            i.notify << v.toString();
        index.insert(i.id, out.size());
        out << i;
    }
    if (!m_database.checkFinished(q))
        return out;
    QSqlQuery m(m_database.connection());
    m.setForwardOnly(true);
    if (!m.exec(u"SELECT integration_id, source_field, destination_field, is_key FROM field_mappings "
                "ORDER BY integration_id, position"_s)) {
        m_database.noteReadFault(m);
        return out;
    }
    while (m.next()) {
        const auto it = index.constFind(m.value(0).toString());
        if (it == index.constEnd())
            continue;
        out[*it].mappings << FieldMapping { m.value(1).toString(), m.value(2).toString(), m.value(3).toBool() };
    }
    m_database.checkFinished(m);
    return out;
}

std::optional<Integration> WorkspaceRepository::integration(const QString& id) const
{
    for (const Integration& i : integrations()) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

Workspace WorkspaceRepository::workspace() const
{
    return { connections(), integrations(), channels() };
}

StoreResult WorkspaceRepository::readWorkspace(Workspace& out) const
{
    const quint64 mark = m_database.readFaults();
    out = workspace();
    return m_database.readResultSince(mark);
}

QStringList WorkspaceRepository::dependentIntegrations(const QString& connectionId) const
{
    QStringList ids;
    QSqlQuery q(m_database.connection());
    // Three positional placeholders: Qt's SQLite driver does not bind a repeated numbered one (?1).
    q.prepare(u"SELECT id FROM integrations WHERE source_connection = ? OR destination_connection = ? "
              "OR middleware_connection = ? ORDER BY id"_s);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    if (!q.exec()) {
        m_database.noteReadFault(q);
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    m_database.checkFinished(q);
    return ids;
}

StoreResult WorkspaceRepository::writeConnection(Transaction& tx, const Connection& c, bool exists)
{
    const QDateTime t = now();
    QSqlQuery q = tx.query(exists
            ? u"UPDATE connections SET name=:name, vendor=:vendor, base_url=:base_url, api_version=:api_version, "
              "auth_method=:auth_method, auth=:auth, options=:options, owner=:owner, notes=:notes, updated_at=:now "
              "WHERE id=:id"_s
            : u"INSERT INTO connections (id, name, vendor, base_url, api_version, auth_method, auth, options, owner, "
              "notes, created_at, updated_at) VALUES (:id, :name, :vendor, :base_url, :api_version, :auth_method, "
              ":auth, :options, :owner, :notes, :now, :now)"_s);
    q.bindValue(u":id"_s, text(c.id));
    q.bindValue(u":name"_s, text(c.name));
    q.bindValue(u":vendor"_s, vendorKey(c.vendor));
    q.bindValue(u":base_url"_s, text(c.baseUrl));
    q.bindValue(u":api_version"_s, text(c.apiVersion));
    q.bindValue(u":auth_method"_s, text(c.authMethod));
    q.bindValue(u":auth"_s, QString::fromUtf8(QJsonDocument(c.auth).toJson(QJsonDocument::Compact)));
    q.bindValue(u":options"_s, QString::fromUtf8(QJsonDocument(c.options).toJson(QJsonDocument::Compact)));
    q.bindValue(u":owner"_s, text(c.owner));
    q.bindValue(u":notes"_s, text(c.notes));
    q.bindValue(u":now"_s, toIso(t));
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not save connection \"%1\": %2").arg(c.id, tx.error()));
    return {};
}

StoreResult WorkspaceRepository::writeIntegration(Transaction& tx, const Integration& i, bool exists)
{
    const QDateTime t = now();
    QSqlQuery q = tx.query(exists
            ? u"UPDATE integrations SET name=:name, source_connection=:sc, source_object=:so, source_filter=:sf, "
              "destination_connection=:dc, destination_object=:do, destination_filter=:df, direction=:dir, "
              "middleware_connection=:mc, middleware_ref=:mr, checks=:checks, owner=:owner, purpose=:purpose, "
              "runbook=:runbook, notify=:notify, updated_at=:now WHERE id=:id"_s
            : u"INSERT INTO integrations (id, name, source_connection, source_object, source_filter, "
              "destination_connection, destination_object, destination_filter, direction, middleware_connection, "
              "middleware_ref, checks, owner, purpose, runbook, notify, created_at, updated_at) VALUES (:id, :name, "
              ":sc, "
              ":so, :sf, :dc, :do, :df, :dir, :mc, :mr, :checks, :owner, :purpose, :runbook, :notify, :now, :now)"_s);
    q.bindValue(u":id"_s, text(i.id));
    q.bindValue(u":name"_s, text(i.name));
    q.bindValue(u":sc"_s, text(i.source.connection));
    q.bindValue(u":so"_s, text(i.source.object));
    q.bindValue(u":sf"_s, jsonText(i.source.filter));
    q.bindValue(u":dc"_s, text(i.destination.connection));
    q.bindValue(u":do"_s, text(i.destination.object));
    q.bindValue(u":df"_s, jsonText(i.destination.filter));
    q.bindValue(u":dir"_s, directionKey(i.direction));
    q.bindValue(u":mc"_s, i.middleware ? QVariant(i.middleware->connection) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(u":mr"_s, i.middleware ? QVariant(i.middleware->ref) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(u":checks"_s, QString::fromUtf8(QJsonDocument(i.checks.toJson()).toJson(QJsonDocument::Compact)));
    q.bindValue(u":owner"_s, text(i.owner));
    q.bindValue(u":purpose"_s, text(i.purpose));
    q.bindValue(u":runbook"_s, text(i.runbook));
    q.bindValue(u":notify"_s,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(i.notify)).toJson(QJsonDocument::Compact)));
    q.bindValue(u":now"_s, toIso(t));
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not save integration \"%1\": %2").arg(i.id, tx.error()));

    QSqlQuery del = tx.query(u"DELETE FROM field_mappings WHERE integration_id = ?"_s);
    del.addBindValue(i.id);
    if (!tx.exec(del))
        return StoreResult::failure(tr("Could not save the mappings of \"%1\": %2").arg(i.id, tx.error()));
    for (qsizetype pos = 0; pos < i.mappings.size(); ++pos) {
        const FieldMapping& m = i.mappings.at(pos);
        QSqlQuery ins = tx.query(u"INSERT INTO field_mappings (integration_id, position, source_field, "
                                 "destination_field, is_key) VALUES (?, ?, ?, ?, ?)"_s);
        ins.addBindValue(i.id);
        ins.addBindValue(qint64(pos));
        ins.addBindValue(text(m.source));
        ins.addBindValue(text(m.destination));
        ins.addBindValue(m.key ? 1 : 0);
        if (!tx.exec(ins))
            return StoreResult::failure(tr("Could not save the mappings of \"%1\": %2").arg(i.id, tx.error()));
    }
    return {};
}

StoreResult WorkspaceRepository::deleteIntegration(Transaction& tx, const QString& id)
{
    QSqlQuery q = tx.query(u"DELETE FROM integrations WHERE id = ?"_s);
    q.addBindValue(id);
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not delete integration \"%1\": %2").arg(id, tx.error()));
    return {};
}

StoreResult WorkspaceRepository::appendLog(Transaction& tx, const ChangeLogEntry& e)
{
    QSqlQuery q = tx.query(u"INSERT INTO change_log (ts, os_user, action, entity_type, entity_id, summary, details) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(toIso(e.timestamp.isValid() ? e.timestamp : now()));
    q.addBindValue(text(e.osUser.isEmpty() ? m_osUser : e.osUser));
    q.addBindValue(text(e.action));
    q.addBindValue(text(e.entityType));
    q.addBindValue(text(e.entityId));
    q.addBindValue(text(e.summary));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not write the change log: %1").arg(tx.error()));
    return {};
}

StoreResult WorkspaceRepository::saveConnection(const Connection& c)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<Connection> before = connection(c.id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (before && before->sameDefinition(c))
        return {};
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    if (StoreResult r = writeConnection(tx, c, before.has_value()); !r)
        return r;
    ChangeLogEntry e;
    e.action = before ? u"update"_s : u"create"_s;
    e.entityType = u"connection"_s;
    e.entityId = c.id;
    e.summary = before ? tr("Connection \"%1\" changed").arg(c.name) : tr("Connection \"%1\" added").arg(c.name);
    e.details = connectionDiff(before, c);
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not save connection \"%1\": %2").arg(c.id, tx.error()));
    Q_EMIT connectionsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

StoreResult WorkspaceRepository::removeConnection(const QString& id, bool withDependents)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<Connection> before = connection(id);
    const QStringList dependents = dependentIntegrations(id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (!before)
        return StoreResult::failure(tr("There is no connection \"%1\".").arg(id));
    if (!dependents.isEmpty() && !withDependents) {
        return StoreResult::failure(tr("Connection \"%1\" is used by %2.").arg(before->name, dependents.join(u", ")));
    }
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    for (const QString& integrationId : dependents) {
        if (StoreResult r = deleteIntegration(tx, integrationId); !r)
            return r;
        ChangeLogEntry e { 0, {}, {}, u"delete"_s, u"integration"_s, integrationId,
            tr("Integration \"%1\" deleted with connection \"%2\"").arg(integrationId, before->name), {} };
        if (StoreResult r = appendLog(tx, e); !r)
            return r;
    }
    QSqlQuery q = tx.query(u"DELETE FROM connections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not delete connection \"%1\": %2").arg(id, tx.error()));
    ChangeLogEntry e { 0, {}, {}, u"delete"_s, u"connection"_s, id, tr("Connection \"%1\" deleted").arg(before->name),
        {} };
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not delete connection \"%1\": %2").arg(id, tx.error()));
    if (!dependents.isEmpty())
        Q_EMIT integrationsChanged();
    Q_EMIT connectionsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

StoreResult WorkspaceRepository::saveIntegration(const Integration& i)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<Integration> before = integration(i.id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (before && before->sameDefinition(i))
        return {};
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    if (StoreResult r = writeIntegration(tx, i, before.has_value()); !r)
        return r;
    ChangeLogEntry e;
    e.action = before ? u"update"_s : u"create"_s;
    e.entityType = u"integration"_s;
    e.entityId = i.id;
    e.summary = before ? tr("Integration \"%1\" changed").arg(i.name) : tr("Integration \"%1\" added").arg(i.name);
    e.details = integrationDiff(before, i);
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not save integration \"%1\": %2").arg(i.id, tx.error()));
    Q_EMIT integrationsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

StoreResult WorkspaceRepository::removeIntegration(const QString& id)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<Integration> before = integration(id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (!before)
        return StoreResult::failure(tr("There is no integration \"%1\".").arg(id));
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    if (StoreResult r = deleteIntegration(tx, id); !r)
        return r;
    ChangeLogEntry e { 0, {}, {}, u"delete"_s, u"integration"_s, id, tr("Integration \"%1\" deleted").arg(before->name),
        {} };
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not delete integration \"%1\": %2").arg(id, tx.error()));
    Q_EMIT integrationsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

QList<NotifyChannel> WorkspaceRepository::channels() const
{
    QList<NotifyChannel> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, definition FROM notify_channels ORDER BY id"_s)) {
        m_database.noteReadFault(q);
        return out;
    }
    while (q.next()) {
        // Stored definitions were validated when saved; one that no longer reads (a later version's) is skipped.
        const ChannelParse parsed
            = NotifyChannels::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), u"$"_s);
        if (parsed.channel)
            out << *parsed.channel;
        else
            qCWarning(lcStore) << "notification channel" << q.value(0).toString() << "does not read";
    }
    return out;
}

std::optional<NotifyChannel> WorkspaceRepository::channel(const QString& id) const
{
    for (const NotifyChannel& c : channels()) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

StoreResult WorkspaceRepository::writeChannel(Transaction& tx, const NotifyChannel& c, bool exists)
{
    QSqlQuery q
        = tx.query(exists ? u"UPDATE notify_channels SET kind = ?, definition = ?, updated_at = ? WHERE id = ?"_s
                          : u"INSERT INTO notify_channels (kind, definition, updated_at, id, created_at) "
                            "VALUES (?, ?, ?, ?, ?)"_s);
    const QString t = toIso(now());
    q.addBindValue(channelKindKey(c.kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(t);
    q.addBindValue(text(c.id));
    if (!exists)
        q.addBindValue(t);
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not save channel \"%1\": %2").arg(c.id, tx.error()));
    return {};
}

StoreResult WorkspaceRepository::saveChannel(const NotifyChannel& c)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<NotifyChannel> before = channel(c.id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (before && *before == c)
        return {};
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    if (StoreResult r = writeChannel(tx, c, before.has_value()); !r)
        return r;
    ChangeLogEntry e;
    e.action = before ? u"update"_s : u"create"_s;
    e.entityType = u"channel"_s;
    e.entityId = c.id;
    e.summary = before ? tr("Notification channel \"%1\" changed").arg(c.displayName())
                       : tr("Notification channel \"%1\" added").arg(c.displayName());
    e.details = channelDiff(before, c);
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not save channel \"%1\": %2").arg(c.id, tx.error()));
    Q_EMIT channelsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

StoreResult WorkspaceRepository::removeChannel(const QString& id)
{
    const quint64 mark = m_database.readFaults();
    const std::optional<NotifyChannel> before = channel(id);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;
    if (!before)
        return StoreResult::failure(tr("There is no notification channel \"%1\".").arg(id));
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    QSqlQuery del = tx.query(u"DELETE FROM notify_channels WHERE id = ?"_s);
    del.addBindValue(id);
    if (!tx.exec(del))
        return StoreResult::failure(tr("Could not delete channel \"%1\": %2").arg(id, tx.error()));
    // What waited for it will not be sent; the log says so.
    QSqlQuery skip = tx.query(u"UPDATE notify_outbox SET state = 'skipped', note = ? WHERE channel_id = ? AND "
                              "state IN ('pending', 'digest')"_s);
    skip.addBindValue(tr("the channel was removed"));
    skip.addBindValue(id);
    if (!tx.exec(skip))
        return StoreResult::failure(tr("Could not delete channel \"%1\": %2").arg(id, tx.error()));
    ChangeLogEntry e { 0, {}, {}, u"delete"_s, u"channel"_s, id,
        tr("Notification channel \"%1\" deleted").arg(before->displayName()), {} };
    if (StoreResult r = appendLog(tx, e); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not delete channel \"%1\": %2").arg(id, tx.error()));
    Q_EMIT channelsChanged();
    Q_EMIT changeLogChanged();
    return {};
}

StoreResult WorkspaceRepository::importWorkspace(const Workspace& incoming, const QString& sourceName)
{
    const quint64 mark = m_database.readFaults();
    QHash<QString, Connection> existingConnections;
    for (const Connection& c : connections())
        existingConnections.insert(c.id, c);
    QHash<QString, Integration> existingIntegrations;
    for (const Integration& i : integrations())
        existingIntegrations.insert(i.id, i);
    QHash<QString, NotifyChannel> existingChannels;
    for (const NotifyChannel& c : channels())
        existingChannels.insert(c.id, c);
    if (StoreResult r = m_database.readResultSince(mark); !r)
        return r;

    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    int added = 0;
    int changed = 0;
    for (const Connection& c : incoming.connections) {
        const auto it = existingConnections.constFind(c.id);
        const bool exists = it != existingConnections.constEnd();
        if (exists && it->sameDefinition(c))
            continue;
        if (StoreResult r = writeConnection(tx, c, exists); !r)
            return r;
        ChangeLogEntry e { 0, {}, {}, u"import"_s, u"connection"_s, c.id,
            exists ? tr("Connection \"%1\" changed by import of %2").arg(c.name, sourceName)
                   : tr("Connection \"%1\" added by import of %2").arg(c.name, sourceName),
            connectionDiff(exists ? std::optional<Connection>(*it) : std::nullopt, c) };
        if (StoreResult r = appendLog(tx, e); !r)
            return r;
        exists ? ++changed : ++added;
    }
    for (const NotifyChannel& c : incoming.channels) {
        const auto it = existingChannels.constFind(c.id);
        const bool exists = it != existingChannels.constEnd();
        if (exists && *it == c)
            continue;
        if (StoreResult r = writeChannel(tx, c, exists); !r)
            return r;
        ChangeLogEntry e { 0, {}, {}, u"import"_s, u"channel"_s, c.id,
            exists ? tr("Notification channel \"%1\" changed by import of %2").arg(c.displayName(), sourceName)
                   : tr("Notification channel \"%1\" added by import of %2").arg(c.displayName(), sourceName),
            channelDiff(exists ? std::optional<NotifyChannel>(*it) : std::nullopt, c) };
        if (StoreResult r = appendLog(tx, e); !r)
            return r;
        exists ? ++changed : ++added;
    }
    for (const Integration& i : incoming.integrations) {
        const auto it = existingIntegrations.constFind(i.id);
        const bool exists = it != existingIntegrations.constEnd();
        if (exists && it->sameDefinition(i))
            continue;
        if (StoreResult r = writeIntegration(tx, i, exists); !r)
            return r;
        ChangeLogEntry e { 0, {}, {}, u"import"_s, u"integration"_s, i.id,
            exists ? tr("Integration \"%1\" changed by import of %2").arg(i.name, sourceName)
                   : tr("Integration \"%1\" added by import of %2").arg(i.name, sourceName),
            integrationDiff(exists ? std::optional<Integration>(*it) : std::nullopt, i) };
        if (StoreResult r = appendLog(tx, e); !r)
            return r;
        exists ? ++changed : ++added;
    }
    if (!tx.commit())
        return StoreResult::failure(tr("The import of %1 was rolled back: %2").arg(sourceName, tx.error()));
    if (added + changed > 0) {
        Q_EMIT connectionsChanged();
        Q_EMIT integrationsChanged();
        Q_EMIT channelsChanged();
        Q_EMIT changeLogChanged();
    }
    return {};
}

StoreResult WorkspaceRepository::setSecretState(const QString& connectionId, SecretState state, bool secretChanged)
{
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    QSqlQuery q
        = tx.query(secretChanged ? u"UPDATE connections SET secret_state = ?, secret_updated_at = ? WHERE id = ?"_s
                                 : u"UPDATE connections SET secret_state = ? WHERE id = ?"_s);
    q.addBindValue(secretStateKey(state));
    if (secretChanged)
        q.addBindValue(toIso(now()));
    q.addBindValue(connectionId);
    if (!tx.exec(q))
        return StoreResult::failure(tr("Could not record the credential state: %1").arg(tx.error()));
    if (q.numRowsAffected() == 0)
        return StoreResult::failure(tr("There is no connection \"%1\".").arg(connectionId));
    if (!tx.commit())
        return StoreResult::failure(tr("Could not record the credential state: %1").arg(tx.error()));
    Q_EMIT connectionsChanged();
    return {};
}

StoreResult WorkspaceRepository::logChange(const ChangeLogEntry& entry)
{
    Transaction tx(m_database.connection(), m_failAfter);
    if (!tx.isOpen())
        return StoreResult::failure(tr("The workspace is not writable: %1").arg(tx.error()));
    if (StoreResult r = appendLog(tx, entry); !r)
        return r;
    if (!tx.commit())
        return StoreResult::failure(tr("Could not write the change log: %1").arg(tx.error()));
    Q_EMIT changeLogChanged();
    return {};
}

QList<ChangeLogEntry> WorkspaceRepository::changeLog(int limit) const
{
    QList<ChangeLogEntry> out;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, ts, os_user, action, entity_type, entity_id, summary, details FROM change_log "
              "ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_database.noteReadFault(q);
        return out;
    }
    while (q.next()) {
        out << ChangeLogEntry { q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object() };
    }
    m_database.checkFinished(q);
    return out;
}

} // namespace plumbline
