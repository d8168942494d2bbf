#include "SandboxFields.h"

#include <QJsonArray>

namespace plumbline {

namespace {

QJsonValue keepValue(const QJsonValue& value, const QStringList& paths);

QJsonObject keepObject(const QJsonObject& object, const QStringList& paths)
{
    QJsonObject out;
    QHash<QString, QStringList> deeper; // head -> rests
    QStringList whole;
    for (const QString& path : paths) {
        const qsizetype dot = path.indexOf(u'.');
        if (dot < 0)
            whole << path;
        else
            deeper[path.left(dot)] << path.mid(dot + 1);
    }
    for (const QString& name : std::as_const(whole)) {
        if (object.contains(name))
            out.insert(name, object.value(name));
    }
    for (auto it = deeper.cbegin(); it != deeper.cend(); ++it) {
        if (whole.contains(it.key()) || !object.contains(it.key()))
            continue;
        out.insert(it.key(), keepValue(object.value(it.key()), it.value()));
    }
    return out;
}

QJsonValue keepValue(const QJsonValue& value, const QStringList& paths)
{
    if (value.isObject())
        return keepObject(value.toObject(), paths);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out << keepValue(v, paths);
        return out;
    }
    return value;
}

} // namespace

QJsonObject SandboxFields::keep(const QJsonObject& object, const QStringList& paths)
{
    return paths.isEmpty() ? object : keepObject(object, paths);
}

QStringList SandboxFields::fromQuery(const QString& fields)
{
    QStringList out;
    for (const QString& f : fields.split(u',', Qt::SkipEmptyParts)) {
        if (!f.trimmed().isEmpty())
            out << f.trimmed();
    }
    return out;
}

} // namespace plumbline
