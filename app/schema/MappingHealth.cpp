#include "MappingHealth.h"

#include "MappingSuggester.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const FieldInfo* findField(const SchemaSnapshot& s, const QString& name)
{
    for (const FieldInfo& f : s.fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

struct SideCheck
{
    bool known = false;
    bool missing = false;
    QString type;
    QString oldType; // set when the type differs from an earlier snapshot's
    std::optional<FieldInfo> lastSeen; // the field as an earlier snapshot had it (for a rename guess)
    QDateTime since; // first snapshot showing the current problem
};

SideCheck check(const QList<SchemaSnapshot>& history, const QString& field)
{
    SideCheck c;
    if (history.isEmpty())
        return c;
    c.known = true;
    const SchemaSnapshot& latest = history.last();
    const FieldInfo* now = findField(latest, field);
    c.since = latest.ts;
    if (!now) {
        c.missing = true;
        for (qsizetype i = history.size() - 2; i >= 0; --i) {
            if (const FieldInfo* f = findField(history.at(i), field)) {
                c.lastSeen = *f;
                break;
            }
            c.since = history.at(i).ts;
        }
        return c;
    }
    c.type = now->type;
    for (qsizetype i = history.size() - 2; i >= 0; --i) {
        const FieldInfo* f = findField(history.at(i), field);
        if (!f)
            break;
        if (f->type != now->type) {
            c.oldType = f->type;
            break;
        }
        c.since = history.at(i).ts;
    }
    return c;
}

} // namespace

QList<MappingState> MappingHealth::evaluate(const Integration& integration, const QList<SchemaSnapshot>& sourceHistory,
    const QList<SchemaSnapshot>& destinationHistory)
{
    QStringList usedSource;
    QStringList usedDestination;
    for (const FieldMapping& m : integration.mappings) {
        usedSource << m.source;
        usedDestination << m.destination;
    }
    QList<MappingState> out;
    for (const FieldMapping& m : integration.mappings) {
        MappingState s;
        s.mapping = m;
        const SideCheck src = check(sourceHistory, m.source);
        const SideCheck dst = check(destinationHistory, m.destination);
        s.sourceType = src.type;
        s.destinationType = dst.type;
        const auto rename = [](const SideCheck& c, const QString& name, const QList<SchemaSnapshot>& history,
                                const QStringList& taken) -> QString {
            const FieldInfo old = c.lastSeen.value_or(FieldInfo { name, QString(), QString() });
            const std::optional<FieldInfo> guess = MappingSuggester::likelyRename(old, history.last().fields, taken);
            return guess ? guess->name : QString();
        };
        if (src.missing) {
            s.state = MappingState::State::MissingOnSource;
            s.since = src.since;
            s.suggestion = rename(src, m.source, sourceHistory, usedSource);
            s.detail = tr("“%1” is not in the source schema any more").arg(m.source);
        } else if (dst.missing) {
            s.state = MappingState::State::MissingOnDestination;
            s.since = dst.since;
            s.suggestion = rename(dst, m.destination, destinationHistory, usedDestination);
            s.detail = tr("“%1” is not in the destination schema any more").arg(m.destination);
        } else if (!src.oldType.isEmpty() || !dst.oldType.isEmpty()) {
            s.state = MappingState::State::TypeChanged;
            const SideCheck& c = src.oldType.isEmpty() ? dst : src;
            s.since = c.since;
            s.detail = tr("%1 was %2, now %3").arg(src.oldType.isEmpty() ? m.destination : m.source, c.oldType, c.type);
        } else if (src.known && dst.known) {
            s.state = MappingState::State::Ok;
        } else {
            s.state = MappingState::State::Unknown;
        }
        out << s;
    }
    return out;
}

QList<SchemaChange> MappingHealth::changes(const QList<SchemaSnapshot>& history)
{
    QList<SchemaChange> out;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const SchemaSnapshot& now = history.at(i);
        if (i == 0) {
            out.prepend({ now.ts, SchemaChange::Kind::FirstSeen, QString(),
                tr("%n field(s)", nullptr, int(now.fields.size())) });
            continue;
        }
        const SchemaSnapshot& before = history.at(i - 1);
        QList<SchemaChange> step;
        for (const FieldInfo& f : now.fields) {
            const FieldInfo* old = findField(before, f.name);
            if (!old)
                step << SchemaChange { now.ts, SchemaChange::Kind::Added, f.name,
                    f.label.isEmpty() ? f.type : tr("%1 (%2)").arg(f.label, f.type) };
            else if (old->type != f.type)
                step << SchemaChange { now.ts, SchemaChange::Kind::TypeChanged, f.name,
                    tr("%1 → %2").arg(old->type, f.type) };
        }
        for (const FieldInfo& f : before.fields) {
            if (!findField(now, f.name))
                step << SchemaChange { now.ts, SchemaChange::Kind::Removed, f.name,
                    f.label.isEmpty() ? f.type : tr("%1 (%2)").arg(f.label, f.type) };
        }
        for (const SchemaChange& c : std::as_const(step))
            out.prepend(c);
    }
    return out;
}

QString MappingHealth::kindText(SchemaChange::Kind kind)
{
    switch (kind) {
    case SchemaChange::Kind::FirstSeen:
        return tr("First fetched");
    case SchemaChange::Kind::Added:
        return tr("Field added");
    case SchemaChange::Kind::Removed:
        return tr("Field removed");
    case SchemaChange::Kind::TypeChanged:
        return tr("Type changed");
    }
    return {};
}

} // namespace plumbline
