#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace plumbline {

// What a credential looks like, so that none slips into a workspace file, an export or a report (ARCHITECTURE
// §8, §11): detection by the key it sits under and by the value itself — known vendor key shapes, bearer/basic
// strings, userinfo and credential parameters in URLs, long random-looking strings. Never returns the value.
class SecretShapes final
{
    Q_DECLARE_TR_FUNCTIONS(SecretShapes)

public:
    // A JSON key that names a credential ("token", "api_key", "client_secret"…), but not one that only describes
    // where or how a credential is used ("token_url", "auth_header", "secret_name"…) nor "client_id", which is public.
    static bool isCredentialKey(const QString& key);
    // Keys whose values are public identifiers that may look random (a Salesforce consumer key as client_id).
    static bool isPublicIdentifierKey(const QString& key);
    // What the value looks like, translated ("a HubSpot private app token"), when it looks like a credential.
    static std::optional<QString> describe(const QString& value);

    // A secret as typed or read from a variable, keychain or pipe: a translated problem when it holds a control
    // character (a CR/LF would let a key inject HTTP headers), else an empty string.
    static QString controlCharacterProblem(const QString& secret);
    // Shells and editors leave one trailing newline (`echo key > file`, `export X=$(cat file)`): drop one "\n" or
    // "\r\n", nothing else.
    static QString withoutTrailingNewline(QString secret);

    // Text from a file made safe to show in a message: control characters escaped (\n, \u001b), cut at `max`
    // characters, and a credential-looking value replaced by what it looks like.
    static QString printable(const QString& text, int max = 80);
};

} // namespace plumbline
