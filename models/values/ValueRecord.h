#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace plumbline {

// One record read for a value check (ARCHITECTURE.md §12): its key and the mapped fields as the vendor sent them.
// Held in memory only while a check runs; never stored, logged or printed.
struct ValueRecord
{
    QString key; // the key field's value as the vendor wrote it (e.g. an e-mail address)
    // Field name -> value: strings, numbers, booleans, null, or an object (Mailchimp ADDRESS). A field the vendor
    // did not return is absent. Dotted names ("ADDRESS.city") are resolved by ValueComparison, not here.
    QJsonObject fields;
    QDateTime changedAt; // the vendor's last-modified time, when it says (invalid otherwise)
};

// What a value check asks of the source (ARCHITECTURE.md §12). About half of `size` are records changed in
// [changedSince, settledBefore) (most recent first), the rest spread across the whole object from `seed`
// (random offsets or id pivots, per vendor). Only `keyField` and `fields` are requested.
struct SampleRequest
{
    QString keyField;
    QStringList fields; // mapped source fields, without the key
    int size = 200;
    QDateTime changedSince; // invalid: the recent half starts a day before settledBefore
    QDateTime settledBefore; // records changed after this are still syncing and are not sampled
    quint64 seed = 0;
    int maxRequests = 20;
};

// What a value check asks of the destination: find each key by `keyField`, returning `fields`.
struct LookupRequest
{
    QString keyField;
    QStringList keys; // as sampled on the source, in order
    QStringList fields; // mapped destination fields, without the key
    int maxRequests = 20;
};

} // namespace plumbline
