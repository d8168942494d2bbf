#pragma once

#include <QJsonObject>
#include <QStringList>

namespace plumbline {

// The `fields=` partial responses vendors offer (Mailchimp's dotted "members.merge_fields.FNAME", Shopify's
// "id,email"): only the members named survive; a path through a list applies to each of its objects.
struct SandboxFields
{
    // An empty list keeps everything.
    static QJsonObject keep(const QJsonObject& object, const QStringList& paths);
    static QStringList fromQuery(const QString& fields); // "a,b.c" -> {a, b.c}, blanks dropped
};

} // namespace plumbline
