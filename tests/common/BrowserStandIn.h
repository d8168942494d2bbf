#pragma once

// Plays the person's browser in sign-in tests (ARCHITECTURE.md §11): fetches the sign-in address with its own network
// access manager, one hop at a time as a browser does (no redirect following), reads the authorization server's 302
// Location and fetches that on Plumbline's loopback receiver. Points at any authorization server: the in-test
// FakeAuthorizationServer, or the sandbox's authorize endpoints. No Q_OBJECT: header-only, no moc.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

namespace plumbline::test {

using namespace Qt::StringLiterals;

struct BrowserVisit
{
    bool done = false;
    int authorizeStatus = 0; // the authorization server's answer (302 expected)
    QUrl location; // its Location, as the browser followed it (after `rewrite`)
    int callbackStatus = 0; // the loopback receiver's answer
    QByteArray callbackContentType;
    QByteArray callbackBody; // the page the person sees
    QString error; // a network error on either hop
};

class BrowserStandIn
{
public:
    BrowserStandIn() { m_network.setProxy(QNetworkProxy::NoProxy); }

    // Changes the Location before it is followed (a wrong state, a stale tab); identity when empty.
    std::function<QUrl(const QUrl&)> rewrite;
    // Fetch the sign-in address at all: false plays a person who never comes back.
    bool visitAtAll = true;

    QList<QUrl> opened; // every address Plumbline asked to open
    BrowserVisit last;

    // For SignIn's OpenBrowser: starts the visit and returns at once, as a real browser would.
    std::function<bool(const QUrl&)> opener()
    {
        return [this](const QUrl& url) {
            opened << url;
            if (visitAtAll)
                visit(url, [this](const BrowserVisit& v) { last = v; });
            return true;
        };
    }

    void visit(const QUrl& authorizeUrl, std::function<void(const BrowserVisit&)> done)
    {
        auto visit = std::make_shared<BrowserVisit>();
        get(authorizeUrl, [this, visit, done](QNetworkReply* reply) {
            visit->authorizeStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
            if (visit->authorizeStatus != 302 || !location.isValid()) {
                visit->error = u"no redirect from the authorization server: "_s + reply->errorString();
                visit->done = true;
                done(*visit);
                return;
            }
            visit->location = rewrite ? rewrite(location) : location;
            get(visit->location, [visit, done](QNetworkReply* callback) {
                visit->callbackStatus = callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                visit->callbackContentType = callback->rawHeader("Content-Type");
                visit->callbackBody = callback->readAll();
                if (visit->callbackStatus == 0)
                    visit->error = callback->errorString();
                visit->done = true;
                done(*visit);
            });
        });
    }

    // The same, waiting for the end (for tests where nothing else has to run meanwhile but the event loop).
    BrowserVisit visitAndWait(const QUrl& authorizeUrl, int timeoutMs = 10000)
    {
        BrowserVisit result;
        QEventLoop loop;
        visit(authorizeUrl, [&](const BrowserVisit& v) {
            result = v;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

private:
    void get(const QUrl& url, std::function<void(QNetworkReply*)> done)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        QNetworkReply* reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            done(reply);
            reply->deleteLater();
        });
    }

    QNetworkAccessManager m_network;
};

} // namespace plumbline::test
