#include "Outbox.h"

#include <QCoreApplication>

namespace plumbline {

namespace {

constexpr std::pair<OutboxEntry::State, const char16_t*> kStates[] = {
    { OutboxEntry::State::Pending, u"pending" },
    { OutboxEntry::State::Digest, u"digest" },
    { OutboxEntry::State::Sent, u"sent" },
    { OutboxEntry::State::Digested, u"digested" },
    { OutboxEntry::State::Failed, u"failed" },
    { OutboxEntry::State::Skipped, u"skipped" },
};

} // namespace

QString outboxStateKey(OutboxEntry::State state)
{
    for (const auto& [s, key] : kStates) {
        if (s == state)
            return QStringView(key).toString();
    }
    return {};
}

std::optional<OutboxEntry::State> outboxStateFromKey(const QString& key)
{
    for (const auto& [s, k] : kStates) {
        if (key == QStringView(k))
            return s;
    }
    return std::nullopt;
}

QString outboxStateDisplayName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QCoreApplication::translate("Outbox", "Waiting");
    case OutboxEntry::State::Digest:
        return QCoreApplication::translate("Outbox", "In the next digest");
    case OutboxEntry::State::Sent:
        return QCoreApplication::translate("Outbox", "Delivered");
    case OutboxEntry::State::Digested:
        return QCoreApplication::translate("Outbox", "Delivered in a digest");
    case OutboxEntry::State::Failed:
        return QCoreApplication::translate("Outbox", "Failed");
    case OutboxEntry::State::Skipped:
        return QCoreApplication::translate("Outbox", "Not sent");
    }
    return {};
}

} // namespace plumbline
