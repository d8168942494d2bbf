// The e-mail channel (ARCHITECTURE.md §14) against a real SMTP server on loopback (tests/common/smtp_server.py, on
// Debian's python3-aiosmtpd) with a throwaway self-signed certificate: STARTTLS with AUTH delivers one well-formed
// MIME message to the right envelope; a wrong password, a server without STARTTLS, an untrusted certificate, a refused
// recipient and plain SMTP to another computer are refused with the right kind and permanence; implicit TLS works; a
// subject with a line break injects no header and no recipient.
#include "../common/SmtpServer.h"

#include <notify/ChannelDelivery.h>
#include <notify/ChannelPayloads.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace plumbline;

using plumbline::test::SmtpServer;

namespace {

const QString kCanary = u"canary-7f3a9c"_s;
const QString kUser = u"dana"_s;
const QString kPassword = u"pw-"_s + kCanary;

QString header(const QJsonObject& message, const QString& name)
{
    for (const QJsonValue& h : message.value(u"headers"_s).toArray()) {
        if (h.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toArray().at(1).toString();
    }
    return {};
}

QStringList headerNames(const QJsonObject& message)
{
    QStringList names;
    for (const QJsonValue& h : message.value(u"headers"_s).toArray())
        names << h.toArray().at(0).toString();
    return names;
}

QString part(const QJsonObject& message, const QString& contentType)
{
    for (const QJsonValue& p : message.value(u"parts"_s).toArray()) {
        if (p[u"content_type"_s].toString() == contentType)
            return p[u"text"_s].toString();
    }
    return {};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

NotifyMessage sampleMessage()
{
    NotifyMessage m;
    m.event = NotifyMessage::Event::Opened;
    m.severity = Severity::Critical;
    m.dedupKey = u"alert:42:count_drift"_s;
    m.rule = u"count_drift"_s;
    m.subjectName = u"HubSpot → Mailchimp <script>&"_s;
    m.title = u"Critical: HubSpot → Mailchimp <script>& — count drift"_s;
    m.summary = u"70 records (5.8 %) are missing at Mailchimp since 09:12."_s;
    m.figures = { { u"Gap"_s, u"70 records (5.8 %)"_s }, { u"Source"_s, u"1,204 contacts"_s } };
    m.hint = u"Open the Make scenario's history."_s;
    m.link = u"plumbline://integration/crm-to-email"_s;
    m.linkLabel = u"Open in Plumbline"_s;
    m.at = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    m.footer = u"Sent by Plumbline on laptop-dana."_s;
    return m;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestNotifySmtp : public QObject
{
    Q_OBJECT

private:
    QString m_python;
    QTemporaryDir m_certs;
    QString m_cert;
    QString m_key;
    QNetworkAccessManager m_nam;

    NotifyChannel channel(quint16 port, SmtpSecurity security, bool trusted = true) const
    {
        NotifyChannel c;
        c.id = u"dana-mail"_s;
        c.kind = ChannelKind::Email;
        c.to = { u"Dana Whitfield <dana@example.com>"_s, u"ops@example.com"_s };
        c.smtp.host = u"127.0.0.1"_s;
        c.smtp.port = port;
        c.smtp.security = security;
        c.smtp.username = kUser;
        c.smtp.from = u"Plumbline Alerts <alerts@example.com>"_s;
        if (trusted)
            c.smtp.caFile = m_cert;
        return c;
    }

    DeliveryOutcome deliver(const NotifyChannel& c, const QString& password, const NotifyMessage& message)
    {
        Transport transport(m_nam);
        ChannelDelivery delivery(transport);
        delivery.setSmtpTimeoutsForTest(5000, 20000);
        ChannelSecrets secrets;
        secrets.password = password;
        DeliveryOutcome out;
        int calls = 0;
        QObject context;
        delivery.send(c, secrets, message, u"7d6f0c1e-0001"_s, &context, [&](const DeliveryOutcome& o) {
            out = o;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(calls > 0, 30000); }();
        QTest::qWait(20);
        [&] { QCOMPARE(calls, 1); }();
        [&] { QVERIFY2(!out.error.contains(kCanary), qPrintable(out.error)); }();
        [&] { QVERIFY2(!out.error.contains(u'\n'), qPrintable(out.error)); }();
        return out;
    }

    bool startServer(SmtpServer& server, const QStringList& args)
    {
        QString why;
        const bool ok = server.start(m_python, args, why);
        if (!ok)
            qWarning().noquote() << why;
        return ok;
    }

    QStringList tlsArgs() const { return { u"--tls-cert"_s, m_cert, u"--tls-key"_s, m_key }; }
    QStringList authArgs() const { return { u"--auth"_s, kUser + u':' + kPassword }; }

private Q_SLOTS:
    void initTestCase()
    {
        // Debian's python3 has python3-aiosmtpd; a python3 earlier on PATH (pyenv, a venv) may not.
        for (const QString& candidate : { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
            if (candidate.isEmpty() || !QFile::exists(candidate))
                continue;
            QProcess probe;
            probe.start(candidate, { u"-c"_s, u"import aiosmtpd"_s });
            if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                m_python = candidate;
                break;
            }
        }
        if (m_python.isEmpty())
            QSKIP("python3-aiosmtpd is not installed (installer/install-deps.sh installs it)");

        QVERIFY(m_certs.isValid());
        m_cert = m_certs.filePath(u"cert.pem"_s);
        m_key = m_certs.filePath(u"key.pem"_s);
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!openssl.isEmpty(), "openssl is not installed (installer/install-deps.sh installs it)");
        QProcess req;
        req.start(openssl,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=localhost"_s,
                u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-days"_s, u"1"_s, u"-keyout"_s, m_key,
                u"-out"_s, m_cert });
        QVERIFY(req.waitForFinished(60000));
        QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_cert) && QFile::exists(m_key));
    }

    void starttlsWithAuthDelivers()
    {
        SmtpServer server;
        QVERIFY(startServer(server, tlsArgs() + QStringList { u"--require-starttls"_s } + authArgs()));
        const NotifyMessage message = sampleMessage();
        const DeliveryOutcome o = deliver(channel(server.port(), SmtpSecurity::StartTls), kPassword, message);
        QVERIFY2(o.ok, qPrintable(QString(o.error + u" | "_s + server.errors())));
        QCOMPARE(o.status, 250);
        QCOMPARE(o.kind, ErrorKind::None);

        const QList<QJsonObject> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first();
        QCOMPARE(m.value(u"mail_from"_s).toString(), u"alerts@example.com"_s);
        QCOMPARE(strings(m.value(u"rcpt_tos"_s)), QStringList({ u"dana@example.com"_s, u"ops@example.com"_s }));
        const QString to = header(m, u"To"_s);
        QVERIFY2(
            to.contains(u"Dana Whitfield <dana@example.com>"_s) && to.contains(u"ops@example.com"_s), qPrintable(to));
        QCOMPARE(header(m, u"From"_s), u"Plumbline Alerts <alerts@example.com>"_s);
        QCOMPARE(header(m, u"Subject"_s), message.title); // RFC 2047, decoded by Python's email package
        QCOMPARE(header(m, u"MIME-Version"_s), u"1.0"_s);
        QVERIFY(header(m, u"Content-Type"_s).startsWith(u"multipart/alternative"_s));
        QVERIFY(header(m, u"Message-ID"_s).startsWith(u"<7d6f0c1e-0001."_s));
        QVERIFY(header(m, u"Message-ID"_s).endsWith(u"@example.com>"_s));
        static const QRegularExpression date(
            u"^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$"_s);
        QVERIFY2(date.match(header(m, u"Date"_s)).hasMatch(), qPrintable(header(m, u"Date"_s)));

        const QString plain = part(m, u"text/plain"_s);
        QVERIFY2(plain.contains(message.summary), qPrintable(plain));
        QVERIFY2(plain.contains(u"Gap: 70 records (5.8 %)"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"Open in Plumbline: plumbline://integration/crm-to-email"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"What to check: Open the Make scenario's history."_s), qPrintable(plain));
        const QString html = part(m, u"text/html"_s);
        QVERIFY2(html.contains(message.summary), qPrintable(html));
        QVERIFY2(html.contains(u"<a href=\"plumbline://integration/crm-to-email\">Open in Plumbline</a>"_s),
            qPrintable(html));
        QVERIFY2(html.contains(u"HubSpot → Mailchimp &lt;script&gt;&amp; — count drift"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"<script>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<td>70 records (5.8 %)</td>"_s), qPrintable(html));

        const QByteArray raw = QByteArray::fromBase64(m.value(u"data_base64"_s).toString().toLatin1());
        QVERIFY(raw.startsWith("Date: "));
        QVERIFY2(raw.contains("\r\nSubject: =?UTF-8?B?"), raw.left(600).constData());
        QCOMPARE(raw.count('\n'), raw.count("\r\n"));
        for (const QByteArray& line : raw.split('\n'))
            QVERIFY(line.size() <= 999); // 998 and the CR
        QVERIFY(!raw.contains(kPassword.toUtf8()));
        QVERIFY(raw.contains("Content-Transfer-Encoding: base64"));
    }

    void wrongPasswordIsAnAuthError()
    {
        SmtpServer server;
        QVERIFY(
            startServer(server, tlsArgs() + QStringList { u"--require-starttls"_s, u"--auth"_s, kUser + u":right"_s }));
        const DeliveryOutcome o = deliver(channel(server.port(), SmtpSecurity::StartTls), kPassword, sampleMessage());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, ErrorKind::Auth);
        QVERIFY(o.permanent);
        QCOMPARE(o.status, 535);
        QVERIFY2(o.error.contains(u"SMTP 535"_s), qPrintable(o.error));
        QVERIFY2(!o.error.contains(kPassword) && !o.error.contains(u"right"_s), qPrintable(o.error));
        QVERIFY(server.messages().isEmpty());
    }

    void serverWithoutStarttlsIsRefused()
    {
        SmtpServer server;
        QVERIFY(startServer(server, {}));
        const DeliveryOutcome o = deliver(channel(server.port(), SmtpSecurity::StartTls), kPassword, sampleMessage());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, ErrorKind::Tls);
        QVERIFY(o.permanent);
        QVERIFY2(o.error.contains(u"STARTTLS"_s) && o.error.contains(u"nothing was sent"_s), qPrintable(o.error));
        QVERIFY(server.messages().isEmpty());
    }

    void implicitTlsDelivers()
    {
        // aiosmtpd serves SMTPS when its Controller gets an SSL context (smtp_server.py --implicit-tls).
        SmtpServer server;
        QVERIFY(startServer(server, tlsArgs() + QStringList { u"--implicit-tls"_s } + authArgs()));
        const DeliveryOutcome o = deliver(channel(server.port(), SmtpSecurity::Tls), kPassword, sampleMessage());
        QVERIFY2(o.ok, qPrintable(QString(o.error + u" | "_s + server.errors())));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(strings(server.messages().first().value(u"rcpt_tos"_s)).size(), 2);
    }

    void untrustedCertificateIsATlsError()
    {
        SmtpServer server;
        QVERIFY(startServer(server, tlsArgs() + QStringList { u"--require-starttls"_s } + authArgs()));
        const DeliveryOutcome o
            = deliver(channel(server.port(), SmtpSecurity::StartTls, false), kPassword, sampleMessage());
        QVERIFY(!o.ok);
        QCOMPARE(o.kind, ErrorKind::Tls);
        QVERIFY(o.permanent);
        QVERIFY2(o.error.contains(u"not trusted"_s) && o.error.contains(u"ca_file"_s), qPrintable(o.error));
        QVERIFY(server.messages().isEmpty());
    }

    void lineBreaksInjectNoHeader()
    {
        SmtpServer server;
        QVERIFY(startServer(server, {}));
        NotifyChannel c = channel(server.port(), SmtpSecurity::None);
        c.smtp.username.clear();
        c.to = { u"dana@example.com"_s };
        NotifyMessage message = sampleMessage();
        message.subjectName = u"HubSpot\r\nBcc: evil@example.com"_s;
        message.title = u"Critical: HubSpot\r\nBcc: evil@example.com\r\n\r\nInjected body"_s;
        const DeliveryOutcome o = deliver(c, {}, message);
        QVERIFY2(o.ok, qPrintable(o.error));
        const QList<QJsonObject> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first();
        QCOMPARE(strings(m.value(u"rcpt_tos"_s)), QStringList { u"dana@example.com"_s });
        for (const QString& name : headerNames(m))
            QVERIFY2(name.compare(u"Bcc"_s, Qt::CaseInsensitive) != 0, qPrintable(headerNames(m).join(u',')));
        QCOMPARE(header(m, u"Subject"_s), u"Critical: HubSpot Bcc: evil@example.com Injected body"_s);
        const QByteArray raw = QByteArray::fromBase64(m.value(u"data_base64"_s).toString().toLatin1());
        QVERIFY(!raw.contains("\nBcc:"));
        QVERIFY(!raw.contains("\nInjected"));
    }

    void refusedRecipients()
    {
        SmtpServer server;
        QVERIFY(startServer(server, {}));
        NotifyChannel c = channel(server.port(), SmtpSecurity::None);
        c.smtp.username.clear();
        c.to = { u"dana@example.com"_s, u"nobody@refused.invalid"_s };
        const DeliveryOutcome refused = deliver(c, {}, sampleMessage());
        QVERIFY(!refused.ok);
        QCOMPARE(refused.status, 550);
        QCOMPARE(refused.kind, ErrorKind::NotFound);
        QVERIFY(refused.permanent);
        QVERIFY2(refused.error.contains(u"refused a recipient (SMTP 550)"_s), qPrintable(refused.error));
        c.to = { u"dana@example.com"_s, u"ops@later.invalid"_s };
        const DeliveryOutcome later = deliver(c, {}, sampleMessage());
        QCOMPARE(later.status, 451);
        QCOMPARE(later.kind, ErrorKind::Server);
        QVERIFY(!later.permanent);
        QVERIFY(server.messages().isEmpty()); // one refused recipient stops the whole message
    }

    void plainSmtpOnlyToThisComputer()
    {
        NotifyChannel c = channel(25, SmtpSecurity::None);
        c.smtp.host = u"mail.example.com"_s;
        const DeliveryOutcome refused = deliver(c, kPassword, sampleMessage());
        QCOMPARE(refused.kind, ErrorKind::Tls);
        QVERIFY(refused.permanent);
        QVERIFY2(refused.error.contains(u"only go to this computer"_s), qPrintable(refused.error));
        QCOMPARE(refused.status, 0);

        // Plain to loopback is allowed; a closed port there is a transient network error.
        const DeliveryOutcome down = deliver(channel(closedPort(), SmtpSecurity::None), kPassword, sampleMessage());
        QCOMPARE(down.kind, ErrorKind::Network);
        QVERIFY(!down.permanent);

        // A user name without a password in the keychain: nothing is sent.
        const DeliveryOutcome missing = deliver(channel(closedPort(), SmtpSecurity::StartTls), {}, sampleMessage());
        QCOMPARE(missing.kind, ErrorKind::MissingKey);
        QVERIFY(missing.permanent);
    }

    void messageFormat()
    {
        NotifyChannel c = channel(587, SmtpSecurity::StartTls);
        c.smtp.from.clear();
        NotifyMessage m = sampleMessage();
        m.title = QString(120, u'é');
        const OutgoingMail mail
            = ChannelPayloads::email(c, m, {}, QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC), u"{d-1}"_s);
        QCOMPARE(mail.envelopeFrom, u"plumbline@localhost"_s);
        QCOMPARE(mail.envelopeTo, QStringList({ u"dana@example.com"_s, u"ops@example.com"_s }));
        QVERIFY(mail.data.contains("\r\nFrom: \"Plumbline\" <plumbline@localhost>\r\n"));
        QVERIFY(mail.data.startsWith("Date: Mon, 02 Mar 2026 09:15:00 +0000\r\n"));
        for (const QByteArray& line : mail.data.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData()); // folded: 78 characters and the CR
        QCOMPARE(ChannelPayloads::mailHeaderText(u"a\r\nb\tc"_s), QByteArray("a b c"));
        QVERIFY(ChannelPayloads::mailHeaderText(u"Grüße"_s).startsWith("=?UTF-8?B?"));
    }
};

QTEST_GUILESS_MAIN(TestNotifySmtp)
#include "tst_notify_smtp.moc"
