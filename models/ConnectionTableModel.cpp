#include "ConnectionTableModel.h"

#include "WorkspaceRepository.h"

namespace plumbline {

ConnectionTableModel::ConnectionTableModel(WorkspaceRepository& repository, QObject* parent)
    : KeyedRowsModel<Connection>(parent)
    , m_repository(repository)
{
    connect(&m_repository, &WorkspaceRepository::connectionsChanged, this, &ConnectionTableModel::reload);
    reload();
}

void ConnectionTableModel::reload()
{
    // The secret's state is shown too, and is not part of the definition.
    syncRows(m_repository.connections(), [](const Connection& a, const Connection& b) {
        return a.sameDefinition(b) && a.secretState == b.secretState && a.secretUpdatedAt == b.secretUpdatedAt;
    });
}

int ConnectionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString secretText(SecretState state)
{
    switch (state) {
    case SecretState::Stored:
        return ConnectionTableModel::tr("In keychain");
    case SecretState::Missing:
        return ConnectionTableModel::tr("Not set");
    case SecretState::Unavailable:
        return ConnectionTableModel::tr("Secret unavailable");
    case SecretState::Unknown:
        break;
    }
    return ConnectionTableModel::tr("Not checked");
}

QVariant ConnectionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection& c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case VendorColumn:
            return vendorDisplayName(c.vendor);
        case ApiVersionColumn:
            return c.apiVersion;
        case SecretColumn:
            return secretText(c.secretState);
        case OwnerColumn:
            return c.owner;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return c.id;
    return {};
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VendorColumn:
        return tr("Vendor");
    case ApiVersionColumn:
        return tr("API version");
    case SecretColumn:
        return tr("Credential");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace plumbline
