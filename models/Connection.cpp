#include "Connection.h"

using namespace Qt::StringLiterals;

namespace plumbline {

QString secretStateKey(SecretState state)
{
    switch (state) {
    case SecretState::Unknown:
        return u"unknown"_s;
    case SecretState::Stored:
        return u"stored"_s;
    case SecretState::Missing:
        return u"missing"_s;
    case SecretState::Unavailable:
        return u"unavailable"_s;
    }
    return u"unknown"_s;
}

SecretState secretStateFromKey(const QString& key)
{
    if (key == u"stored")
        return SecretState::Stored;
    if (key == u"missing")
        return SecretState::Missing;
    if (key == u"unavailable")
        return SecretState::Unavailable;
    return SecretState::Unknown;
}

QString secretVariableName(const QString& connectionId)
{
    QString name = u"PLUMBLINE_SECRET_"_s;
    for (const QChar ch : connectionId.toUpper())
        name += (ch.isLetterOrNumber() && ch.unicode() < 128) ? ch : u'_';
    return name;
}

QString refreshTokenVariableName(const QString& connectionId)
{
    return u"PLUMBLINE_REFRESH_TOKEN_"_s + secretVariableName(connectionId).mid(int(qstrlen("PLUMBLINE_SECRET_")));
}

bool Connection::sameDefinition(const Connection& o) const
{
    return id == o.id && name == o.name && vendor == o.vendor && baseUrl == o.baseUrl && apiVersion == o.apiVersion
        && authMethod == o.authMethod && auth == o.auth && options == o.options && owner == o.owner && notes == o.notes;
}

} // namespace plumbline
