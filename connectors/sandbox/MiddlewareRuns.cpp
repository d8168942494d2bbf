#include "MiddlewareRuns.h"

#include <QCryptographicHash>

namespace plumbline {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

QDateTime MiddlewareRuns::latestBefore(const QDateTime& at) const
{
    QDateTime end = at;
    if (stoppedAt.isValid() && stoppedAt < end)
        end = stoppedAt;
    const qint64 slot = floorDiv(end.toSecsSinceEpoch(), intervalS);
    return QDateTime::fromSecsSinceEpoch(slot * intervalS, Qt::UTC);
}

qint64 MiddlewareRuns::countBetween(const QDateTime& from, const QDateTime& to) const
{
    const QDateTime last = latestBefore(to);
    if (last < from)
        return 0;
    const qint64 firstSlot = floorDiv(from.toSecsSinceEpoch() + intervalS - 1, intervalS);
    const qint64 lastSlot = last.toSecsSinceEpoch() / intervalS;
    return qMax<qint64>(0, lastSlot - firstSlot + 1);
}

QList<QDateTime> MiddlewareRuns::between(const QDateTime& from, const QDateTime& to, int limit, int offset) const
{
    QList<QDateTime> out;
    QDateTime t = latestBefore(to).addSecs(-intervalS * offset);
    while (t >= from && out.size() < limit) {
        out << t;
        t = t.addSecs(-intervalS);
    }
    return out;
}

QString MiddlewareRuns::runId(const QString& flow, const QDateTime& start)
{
    const QByteArray seed = flow.toUtf8() + '@' + QByteArray::number(start.toMSecsSinceEpoch());
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
}

} // namespace plumbline
