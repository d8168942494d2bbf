#pragma once

#include <QString>

class QAbstractScrollArea;
class QDateTime;

// What the dashboard's header and tabs share (ARCHITECTURE.md, "The window").
namespace plumbline::dashboard {

// Text for a rich-text label: HTML-escaped.
QString esc(const QString& text);
// A time as the dashboard shows it: local, the locale's short format.
QString when(const QDateTime& at);

// Scroll positions of a view, put back after its model was refilled.
struct ScrollState
{
    int h = 0;
    int v = 0;
    static ScrollState of(const QAbstractScrollArea* area);
    void restore(QAbstractScrollArea* area) const;
};

} // namespace plumbline::dashboard
