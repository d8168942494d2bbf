#pragma once

// Shared helpers of the HubSpot, Salesforce and Mailchimp tests: fixtures, a network manager that records request
// bodies in front of the fake one, a way to wait for a connector's answer, and truncation/type-mutation fuzzing.

#include "../common/FakeNetworkAccessManager.h"

#include <Connector.h>
#include <Transport.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

namespace plumbline::test {

inline QByteArray fixture(const QString& vendor, const QString& name)
{
    QFile f(QStringLiteral(PLUMBLINE_TEST_DATA "/vendors/") + vendor + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", qPrintable(vendor), qPrintable(name));
    return f.readAll();
}

// The fake network manager does not keep request bodies; this one records method and body, then hands the
// request to the fake.
class RecordingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    FakeNetworkAccessManager fake;
    QList<QNetworkRequest> requests;
    QList<QByteArray> methods;
    QList<QByteArray> bodies;

    void route(const QString& path, QList<FakeBehaviour> replies) { fake.route(path, std::move(replies)); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (op == GetOperation)
            verb = "GET";
        else if (op == PostOperation)
            verb = "POST";
        else if (op == HeadOperation)
            verb = "HEAD";
        const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
        requests << request;
        methods << verb;
        bodies << body;
        return fake.sendCustomRequest(request, verb, body);
    }
};

inline TransportPolicy testPolicy()
{
    TransportPolicy p;
    p.stallTimeoutMs = 2000;
    p.deadlineMs = 4000;
    p.maxAttempts = 1;
    p.backoffBaseMs = 1;
    p.backoffCapMs = 2;
    return p;
}

// Runs one connector operation and waits for its answer.
template <typename R, typename Op> R await(Op op)
{
    std::optional<R> result;
    QObject context;
    op(&context, [&](const R& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result.value_or(R {});
}

using JsonPath = QList<QJsonValue>; // keys (strings) and indexes (numbers)

inline QJsonValue replaced(
    const QJsonValue& node, const JsonPath& path, qsizetype at, const std::optional<QJsonValue>& value)
{
    if (at == path.size())
        return value.value_or(QJsonValue());
    const bool last = at == path.size() - 1;
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        const QString key = path.at(at).toString();
        if (last && !value)
            o.remove(key);
        else
            o.insert(key, replaced(o.value(key), path, at + 1, value));
        return o;
    }
    QJsonArray a = node.toArray();
    const qsizetype i = path.at(at).toInteger();
    if (last && !value)
        a.removeAt(i);
    else
        a.replace(i, replaced(a.at(i), path, at + 1, value));
    return a;
}

inline void collectPaths(const QJsonValue& node, JsonPath prefix, QList<JsonPath>& out)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            JsonPath p = prefix;
            p << it.key();
            out << p;
            collectPaths(it.value(), p, out);
        }
    } else if (node.isArray()) {
        const QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            JsonPath p = prefix;
            p << QJsonValue(i);
            out << p;
            collectPaths(a.at(i), p, out);
        }
    }
}

// Every member and element of `json` replaced by values of other types, and removed; plus wrong top-level types.
inline QList<QByteArray> typeMutations(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QList<JsonPath> paths;
    collectPaths(root, {}, paths);
    const QList<QJsonValue> values { QJsonValue(QStringLiteral("many")), QJsonValue(QJsonValue::Null), QJsonValue(-1),
        QJsonValue(1.5), QJsonValue(QJsonArray()), QJsonValue(QJsonObject()), QJsonValue(true), QJsonValue(1e300) };
    QList<QByteArray> out { "[]", "{}", "null", "42", "\"text\"", "", "<html>502 Bad Gateway</html>" };
    for (const JsonPath& path : paths) {
        for (const QJsonValue& v : values) {
            const QJsonValue m = replaced(root, path, 0, v);
            out << (m.isArray() ? QJsonDocument(m.toArray()) : QJsonDocument(m.toObject())).toJson();
        }
        const QJsonValue m = replaced(root, path, 0, std::nullopt);
        out << (m.isArray() ? QJsonDocument(m.toArray()) : QJsonDocument(m.toObject())).toJson();
    }
    return out;
}

inline QString decodedQueryItem(const QUrl& url, const QString& key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

// Every proper prefix of a fixture is refused with Parse (the prefix that only drops trailing whitespace parses).
template <typename Parse> void checkTruncations(const QByteArray& full, Parse parse)
{
    for (qsizetype n = 0; n < full.size(); ++n) {
        const QByteArray prefix = full.left(n);
        ConnectorError error;
        const auto value = parse(prefix, error);
        if (prefix.trimmed() == full.trimmed()) {
            QVERIFY2(value.has_value(), qPrintable(error.message));
            continue;
        }
        QVERIFY2(!value.has_value(), qPrintable(QStringLiteral("prefix of %1 bytes parsed").arg(n)));
        QCOMPARE(error.kind, ErrorKind::Parse);
        QVERIFY(!error.message.isEmpty());
    }
}

// Type mutations never crash; an answer is either a value without error or Parse with a message. Returns how many
// were refused.
template <typename Parse> int checkMutations(const QByteArray& full, Parse parse)
{
    int refused = 0;
    for (const QByteArray& m : typeMutations(full)) {
        ConnectorError error;
        const auto value = parse(m, error);
        if (value.has_value() != error.ok()) {
            QTest::qFail(qPrintable(QStringLiteral("value and error disagree for: ") + QString::fromUtf8(m)), __FILE__,
                __LINE__);
            return refused;
        }
        if (!value) {
            ++refused;
            if (error.kind != ErrorKind::Parse || error.message.isEmpty()) {
                QTest::qFail(
                    qPrintable(QStringLiteral("not a Parse error for: ") + QString::fromUtf8(m)), __FILE__, __LINE__);
                return refused;
            }
        }
    }
    return refused;
}

} // namespace plumbline::test
