#include "SecretShapes.h"

#include <QHash>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

struct Shape
{
    QRegularExpression pattern;
    const char* description; // QT_TR_NOOP in SecretShapes' context
};

// Formats the vendors document for their keys (sources: ../shared/reference/vendor-apis.md, credentials-oauth.md;
// tests/data/secret-shapes/SOURCES.md lists one public sample of each).
const QList<Shape>& shapes()
{
    static const QList<Shape> all = [] {
        const auto re = [](const QString& p) { return QRegularExpression(p); };
        const auto ci
            = [](const QString& p) { return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption); };
        return QList<Shape> {
            { re(u"\\bpat-[a-z]{2}\\d?-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a HubSpot private app token") },
            { re(u"\\b[0-9a-f]{32}-us\\d{1,2}\\b"_s), QT_TRANSLATE_NOOP("SecretShapes", "a Mailchimp API key") },
            { re(u"\\bshp(at|ca|pa|ss|ua)_[0-9a-fA-F]{32}\\b"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a Shopify access token") },
            { re(u"\\b00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]{20,}"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a Salesforce session token") },
            { re(u"\\bxox[abprse]-[0-9A-Za-z-]{10,}"_s), QT_TRANSLATE_NOOP("SecretShapes", "a Slack token") },
            { ci(u"https://hooks\\.slack\\.com/services/[^\\s\"]+"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a Slack webhook address") },
            { re(u"\\b(gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{30,})"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a GitHub token") },
            { re(u"\\b[sr]k_(live|test)_[0-9A-Za-z]{16,}"_s), QT_TRANSLATE_NOOP("SecretShapes", "a Stripe key") },
            { re(u"\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"_s), QT_TRANSLATE_NOOP("SecretShapes", "an AWS access key") },
            { re(u"\\bAIza[0-9A-Za-z_-]{35}"_s), QT_TRANSLATE_NOOP("SecretShapes", "a Google API key") },
            { re(u"\\bSG\\.[0-9A-Za-z_-]{16,}\\.[0-9A-Za-z_-]{16,}"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a SendGrid API key") },
            { re(u"\\beyJ[0-9A-Za-z_-]{8,}\\.eyJ[0-9A-Za-z_-]{8,}\\.[0-9A-Za-z_-]{8,}"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "a signed token (JWT)") },
            { re(u"-----BEGIN [A-Z ]*PRIVATE KEY-----"_s), QT_TRANSLATE_NOOP("SecretShapes", "a private key") },
            { ci(u"\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{12,}"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "an Authorization header value") },
            { ci(u"^\\s*token\\s+[A-Za-z0-9._~+/=-]{12,}\\s*$"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "an Authorization header value") },
            // Any userinfo: https://user:password@host, or a key passed as the user name.
            { ci(u"\\b[a-z][a-z0-9+.-]*://[^/\\s@\"]+@"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "an address with a user name or password in it") },
            { ci(u"[?&](api[_-]?key|apikey|hapikey|access[_-]?token|token|key|secret|client[_-]?secret|password|"
                 u"passwd|sig|signature|auth)=[^&\\s#\"]+"_s),
                QT_TRANSLATE_NOOP("SecretShapes", "an address with a credential in its query") },
        };
    }();
    return all;
}

double entropyPerCharacter(const QString& word)
{
    QHash<QChar, int> counts;
    for (QChar c : word)
        ++counts[c];
    double h = 0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(word.size());
        h -= p * std::log2(p);
    }
    return h;
}

// A long random-looking word: what an API key without a known prefix looks like. UUIDs are left alone: vendors
// use them as ids of lists, accounts and objects, which belong in a workspace.
bool looksRandom(const QString& word)
{
    static const QRegularExpression token(u"^[A-Za-z0-9+/=_.~-]{32,}\\z"_s);
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"_s);
    if (!token.match(word).hasMatch() || uuid.match(word).hasMatch())
        return false;
    bool upper = false, lower = false, digit = false, nonHex = false;
    int digitRuns = 0;
    int caseRun = 0;
    int longestCaseRun = 0;
    QChar previous;
    for (QChar c : word) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
        nonHex |= !(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'));
        if (c.isDigit() && !previous.isDigit())
            ++digitRuns;
        caseRun = c.isLetter() && previous.isLetter() && c.isUpper() == previous.isUpper() ? caseRun + 1 : 1;
        longestCaseRun = qMax(longestCaseRun, c.isLetter() ? caseRun : 0);
        previous = c;
    }
    const double h = entropyPerCharacter(word);
    if (!nonHex) // hex digests and keys: 32+ hex digits with letters and digits mixed
        return digit && (upper || lower) && h >= 3.0;
    // Words glued together ("HubSpotContactsToMailchimp2024") have long runs of one case and few digit runs; random
    // keys of 32+ characters almost never do.
    const bool wordLike = longestCaseRun >= 6 && digitRuns < 3;
    return upper && lower && digit && !wordLike && h >= 4.2;
}

} // namespace

bool SecretShapes::isCredentialKey(const QString& key)
{
    static const QRegularExpression credential(
        u"(token|secret|password|passwd|passphrase|api[_ -]?key|apikey|credential|private_?key|signing_?key)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Keys that say where or how a credential is used, not the credential.
    static const QRegularExpression describes(
        u"(_|-|^)(url|uri|endpoint|header|name|type|field|param|parameter|location|path|prefix|expiry|expires|"
        u"expires_at|expires_in|ttl|lifetime|method|kind|scope|scopes|policy|rotation|rotated_at|set_at|updated_at|"
        u"hint|label)\\z"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (isPublicIdentifierKey(key))
        return false;
    return credential.match(key).hasMatch() && !describes.match(key).hasMatch();
}

bool SecretShapes::isPublicIdentifierKey(const QString& key)
{
    return key.compare(u"client_id", Qt::CaseInsensitive) == 0 || key.compare(u"clientId", Qt::CaseInsensitive) == 0
        || key.compare(u"consumer_key", Qt::CaseInsensitive) == 0;
}

std::optional<QString> SecretShapes::describe(const QString& value)
{
    if (value.size() < 12)
        return std::nullopt;
    for (const Shape& s : shapes()) {
        if (s.pattern.match(value).hasMatch())
            return tr(s.description);
    }
    static const QRegularExpression separators(u"[\\s\"'(),;<>\\[\\]{}`]+"_s);
    for (const QString& word : value.split(separators, Qt::SkipEmptyParts)) {
        if (word.contains(u"://"))
            continue;
        if (looksRandom(word))
            return tr("a long random-looking string, like an API key");
    }
    return std::nullopt;
}

QString SecretShapes::controlCharacterProblem(const QString& secret)
{
    for (QChar c : secret) {
        if (c == u'\r' || c == u'\n')
            return tr("The key contains a line break. Nothing was stored or sent: a line break in a key would let it "
                      "add lines to the request sent to the vendor. Copy the key again without it.");
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return tr("The key contains an invisible control character (U+%1). Nothing was stored or sent; copy the "
                      "key again.")
                .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper());
    }
    return {};
}

QString SecretShapes::withoutTrailingNewline(QString secret)
{
    if (secret.endsWith(u"\r\n"))
        secret.chop(2);
    else if (secret.endsWith(u'\n'))
        secret.chop(1);
    return secret;
}

QString SecretShapes::printable(const QString& text, int max)
{
    if (const auto kind = describe(text))
        return tr("(hidden: %1)").arg(*kind);
    QString out;
    for (QChar c : text) {
        if (out.size() >= max) {
            out += u'…';
            break;
        }
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar(0x2028)
            || c == QChar(0x2029))
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return out;
}

} // namespace plumbline
