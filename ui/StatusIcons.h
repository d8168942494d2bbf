#pragma once

#include <Severity.h>

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>

namespace plumbline {

// The one palette of severity colours: the status dots, the dashboard's state word and finding strips, and error
// texts (critical) all read it. The colours keep their meaning in light and dark palettes. (The audit report keeps
// its own print colours, app/report: darker text on white and pastel cells for paper.)
struct StatusPalette
{
    static QColor colour(Severity severity);
    // An inline error message ("the range is empty", "pick both sides"): the critical colour.
    static QColor errorText() { return colour(Severity::Critical); }
};

// Status dots drawn once per severity; the colours keep their meaning in light and dark palettes.
struct StatusIcons
{
    static QIcon icon(Severity severity);
    static QIcon icon(const QString& severityKey);
};

// Adds the status dot to the name column of the integrations model (the model gives the severity key).
class StatusIconProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIconProxy)

public:
    StatusIconProxy(int statusRole, int column, QObject* parent = nullptr);
    // The dot in one more column (e.g. the overview's state column besides the name).
    void addColumn(int column) { m_columns << column; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_statusRole;
    QList<int> m_columns;
};

} // namespace plumbline
