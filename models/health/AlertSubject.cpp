#include "AlertSubject.h"

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

const QString kIntegration = u"integration:"_s;
const QString kConnection = u"connection:"_s;
const QString kMonitor = u"monitor"_s;

} // namespace

AlertSubject AlertSubject::of(const Finding& finding)
{
    return finding.integrationId.isEmpty() ? connection(finding.connectionId) : integration(finding.integrationId);
}

AlertSubject AlertSubject::parse(const QString& key)
{
    if (key.startsWith(kIntegration))
        return integration(key.mid(kIntegration.size()));
    if (key.startsWith(kConnection))
        return connection(key.mid(kConnection.size()));
    AlertSubject s;
    s.kind = key.startsWith(kMonitor) ? Kind::Monitor : Kind::Unknown;
    s.id = key.section(u':', 1);
    s.storedKey = key;
    return s;
}

QString AlertSubject::key() const
{
    switch (kind) {
    case Kind::Integration:
        return kIntegration + id;
    case Kind::Connection:
        return kConnection + id;
    case Kind::Monitor:
    case Kind::Unknown:
        break;
    }
    return storedKey.isEmpty() && kind == Kind::Monitor ? kMonitor : storedKey;
}

} // namespace plumbline
