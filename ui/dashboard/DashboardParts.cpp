#include "DashboardParts.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QLocale>
#include <QScrollBar>

namespace plumbline::dashboard {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

ScrollState ScrollState::of(const QAbstractScrollArea* area)
{
    return { area->horizontalScrollBar()->value(), area->verticalScrollBar()->value() };
}

void ScrollState::restore(QAbstractScrollArea* area) const
{
    area->horizontalScrollBar()->setValue(h);
    area->verticalScrollBar()->setValue(v);
}

} // namespace plumbline::dashboard
