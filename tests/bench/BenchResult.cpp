#include "BenchResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline::bench {

namespace {

QString jsonString(const QString& s)
{
    // A one-element array serialised compactly is `["..."]`; strip the brackets to keep the escaping.
    const QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString number(double v)
{
    if (!std::isfinite(v))
        return u"null"_s;
    return QString::number(std::round(v * 1000.0) / 1000.0, 'g', 12);
}

} // namespace

void printJson(const QList<BenchResult>& results)
{
    QTextStream out(stdout);
    for (const BenchResult& r : results) {
        out << u"{\"name\": "_s << jsonString(r.name) << u", \"value\": "_s << number(r.value) << u", \"unit\": "_s
            << jsonString(r.unit) << u", \"baseline\": "_s << number(r.baseline) << u", \"baseline_is\": "_s
            << jsonString(r.baselineIs) << u", \"n\": "_s << r.n << u"}\n"_s;
    }
    out.flush();
}

void printTable(const QList<BenchResult>& results)
{
    QTextStream out(stdout);
    const auto row = [&out](const QString& name, const QString& value, const QString& baseline, const QString& unit,
                         const QString& ratio, const QString& n, const QString& baselineIs) {
        out << name.leftJustified(24) << value.rightJustified(12) << baseline.rightJustified(12) << u"  "_s
            << unit.leftJustified(6) << ratio.rightJustified(8) << n.rightJustified(7) << u"  "_s << baselineIs
            << u'\n';
    };
    row(u"benchmark"_s, u"value"_s, u"baseline"_s, u"unit"_s, u"ratio"_s, u"n"_s, u"baseline is"_s);
    for (const BenchResult& r : results) {
        const QString ratio = r.baseline != 0 ? QString::number(r.value / r.baseline, 'f', 2) + u'x' : u"-"_s;
        row(r.name, QString::number(r.value, 'f', 2), QString::number(r.baseline, 'f', 2), r.unit, ratio,
            QString::number(r.n), r.baselineIs);
    }
    out.flush();
}

} // namespace plumbline::bench
