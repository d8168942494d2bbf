#pragma once

// Shared helpers of the commerce connector tests (Shopify, Make, Zapier, generic): fixtures, a fast transport
// policy, awaiting a connector's answer, request inspection, and fuzz inputs (truncations and type mutations).
// No Q_OBJECT here.

#include "../common/FakeNetworkAccessManager.h"

#include <Connector.h>
#include <Transport.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

namespace plumbline::test {

inline QByteArray fixture(const QString& relative)
{
    QFile f(QStringLiteral(PLUMBLINE_TEST_DATA "/vendors/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

inline TransportPolicy singleAttemptPolicy()
{
    TransportPolicy p;
    p.maxAttempts = 1;
    p.stallTimeoutMs = 2000;
    p.deadlineMs = 4000;
    p.backoffBaseMs = 1;
    p.backoffCapMs = 2;
    return p;
}

// Runs one connector operation and waits for its answer.
template <typename R, typename Call> R await(Call call)
{
    std::optional<R> result;
    QObject context;
    call(&context, [&](const R& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qWarning("connector did not answer");
    return result.value_or(R {});
}

inline QByteArray verbOf(const QNetworkRequest& r)
{
    return r.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
}

inline QString queryValue(const QNetworkRequest& r, const QString& key)
{
    return QUrlQuery(r.url()).queryItemValue(key, QUrl::FullyDecoded);
}

// Prefixes of a body that are not the whole (trimmed) body.
inline QList<QByteArray> truncations(const QByteArray& body)
{
    const QByteArray whole = body.trimmed();
    QList<QByteArray> out;
    for (qsizetype n = 0; n < whole.size(); ++n)
        out << whole.left(n);
    return out;
}

// Every value of a JSON document replaced in turn by each value of another type; also each member removed.
inline void mutateInto(
    const QJsonValue& value, const std::function<QJsonValue(const QJsonValue&)>& rebuild, QList<QByteArray>& out)
{
    static const QList<QJsonValue> replacements = { QJsonValue(QJsonValue::Null), QJsonValue(true),
        QJsonValue(QStringLiteral("x")), QJsonValue(-1), QJsonValue(1.5), QJsonValue(QJsonArray()),
        QJsonValue(QJsonObject()), QJsonValue(QStringLiteral("2026-13-45T99:99:99Z")), QJsonValue(1e300) };
    for (const QJsonValue& r : replacements) {
        const QJsonValue whole = rebuild(r);
        out << (whole.isObject() ? QJsonDocument(whole.toObject()) : QJsonDocument(whole.toArray())).toJson();
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            mutateInto(
                it.value(),
                [o, key, rebuild](const QJsonValue& v) {
                    QJsonObject copy = o;
                    copy.insert(key, v);
                    return rebuild(copy);
                },
                out);
            QJsonObject without = o;
            without.remove(key);
            const QJsonValue whole = rebuild(without);
            out << (whole.isObject() ? QJsonDocument(whole.toObject()) : QJsonDocument(whole.toArray())).toJson();
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            mutateInto(
                a.at(i),
                [a, i, rebuild](const QJsonValue& v) {
                    QJsonArray copy = a;
                    copy.replace(i, v);
                    return rebuild(copy);
                },
                out);
        }
    }
}

inline QList<QByteArray> mutations(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<QByteArray> out;
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    // The root itself is not replaced by scalars: QJsonDocument cannot hold them.
    if (root.isObject()) {
        const QJsonObject o = root.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            mutateInto(
                it.value(),
                [o, key](const QJsonValue& v) {
                    QJsonObject copy = o;
                    copy.insert(key, v);
                    return QJsonValue(copy);
                },
                out);
        }
    }
    out << QByteArray("[]") << QByteArray("null") << QByteArray("\"text\"") << QByteArray("<html>502</html>")
        << QByteArray() << QByteArray("{\"a\":") << QByteArray(1, '\0');
    return out;
}

} // namespace plumbline::test
