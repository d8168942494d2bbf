#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plumbline {

// One e-mail as ChannelPayloads::email composes it for SmtpSender: the envelope and the complete RFC 5322 message.
struct OutgoingMail
{
    QString envelopeFrom; // the bare address of MAIL FROM
    QStringList envelopeTo; // the bare addresses of RCPT TO: the channel's `to`, never anything from a message
    QByteArray data; // headers and MIME body, CRLF line endings, no line over 998 bytes
    QString messageId; // the Message-ID header's value, "<…@…>"
};

} // namespace plumbline
