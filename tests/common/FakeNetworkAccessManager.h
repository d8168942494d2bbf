#pragma once

// A network manager for offline transport tests: a route table of scripted replies (answer, hang, stall mid-body,
// reset), and a record of every request; a request that matches no route is recorded as unmatched and fails.

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace plumbline::test {

struct FakeBehaviour
{
    enum Kind
    {
        Respond,
        Hang,
        StallMidBody,
        Reset,
    };
    Kind kind = Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    static FakeBehaviour respond(int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return { Respond, status, std::move(headers), std::move(body), 0 };
    }
    static FakeBehaviour hang() { return { Hang, 0, {}, {}, 0 }; }
    static FakeBehaviour stall(QByteArray partial) { return { StallMidBody, 200, {}, std::move(partial), 0 }; }
    static FakeBehaviour reset() { return { Reset, 0, {}, {}, 0 }; }
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(
        const QNetworkRequest& request, QNetworkAccessManager::Operation op, FakeBehaviour behaviour, QObject* parent)
        : QNetworkReply(parent)
        , m_behaviour(std::move(behaviour))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(m_behaviour.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        finish();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void finish()
    {
        setFinished(true);
        Q_EMIT finished();
    }
    void deliver()
    {
        if (isFinished())
            return;
        switch (m_behaviour.kind) {
        case FakeBehaviour::Hang:
            return;
        case FakeBehaviour::Reset:
            setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
            Q_EMIT errorOccurred(RemoteHostClosedError);
            finish();
            return;
        case FakeBehaviour::Respond:
        case FakeBehaviour::StallMidBody:
            break;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_behaviour.status);
        for (const auto& [name, value] : m_behaviour.headers)
            setRawHeader(name, value);
        Q_EMIT metaDataChanged();
        if (isFinished())
            return; // aborted on the headers (e.g. Content-Length over the cap)
        m_data = m_behaviour.body;
        Q_EMIT readyRead();
        if (m_behaviour.kind == FakeBehaviour::StallMidBody) {
            Q_EMIT downloadProgress(m_data.size(), m_data.size() * 4);
            return; // the rest never comes
        }
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        if (!isFinished())
            finish();
    }

    FakeBehaviour m_behaviour;
    QByteArray m_data;
    qint64 m_pos = 0;
};

class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Replies for a path, used in order; the last one repeats.
    void route(const QString& path, QList<FakeBehaviour> replies) { m_routes.insert(path, std::move(replies)); }

    QList<QNetworkRequest> requests;
    QList<QUrl> unmatched;
    int inFlight = 0;
    int maxInFlight = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        Q_UNUSED(outgoingData)
        requests << request;
        const QString path = request.url().path();
        FakeBehaviour behaviour;
        auto it = m_routes.find(path);
        if (it == m_routes.end() || it->isEmpty()) {
            unmatched << request.url();
            behaviour = FakeBehaviour::respond(599, "unmatched route");
        } else {
            behaviour = it->size() > 1 ? it->takeFirst() : it->first();
        }
        auto* reply = new FakeReply(request, op, behaviour, this);
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        return reply;
    }

private:
    QHash<QString, QList<FakeBehaviour>> m_routes;
};

} // namespace plumbline::test
