#include "ChangeLogTableModel.h"

#include "WorkspaceRepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace plumbline {

ChangeLogTableModel::ChangeLogTableModel(WorkspaceRepository& repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&m_repository, &WorkspaceRepository::changeLogChanged, this, &ChangeLogTableModel::reload);
    reload();
}

void ChangeLogTableModel::reload()
{
    beginResetModel();
    m_rows = m_repository.changeLog();
    endResetModel();
}

int ChangeLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString actionText(const QString& action)
{
    if (action == u"create")
        return ChangeLogTableModel::tr("Added");
    if (action == u"update")
        return ChangeLogTableModel::tr("Changed");
    if (action == u"delete")
        return ChangeLogTableModel::tr("Deleted");
    if (action == u"import")
        return ChangeLogTableModel::tr("Imported");
    if (action == u"secret_set")
        return ChangeLogTableModel::tr("Credential stored");
    if (action == u"secret_delete")
        return ChangeLogTableModel::tr("Credential removed");
    return action;
}

QVariant ChangeLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLogEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.timestamp.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return e.osUser;
        case ActionColumn:
            return actionText(e.action);
        case SummaryColumn:
            return e.summary;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !e.details.isEmpty())
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    return {};
}

QVariant ChangeLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case SummaryColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace plumbline
