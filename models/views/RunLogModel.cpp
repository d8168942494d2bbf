#include "RunLogModel.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

RunLogModel::RunLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString RunLogModel::categoryText(RunLogEntry::Category category)
{
    switch (category) {
    case RunLogEntry::Category::Run:
        return tr("Middleware run");
    case RunLogEntry::Category::PollError:
        return tr("Poll error");
    case RunLogEntry::Category::Finding:
        return tr("Finding");
    }
    return {};
}

void RunLogModel::setEntries(QList<RunLogEntry> entries)
{
    std::stable_sort(
        entries.begin(), entries.end(), [](const RunLogEntry& a, const RunLogEntry& b) { return a.ts > b.ts; });
    if (entries == m_entries)
        return;
    m_entries = std::move(entries);
    refilter();
}

void RunLogModel::setCategoryFilter(std::optional<RunLogEntry::Category> category)
{
    if (category == m_category)
        return;
    m_category = category;
    m_page = 0;
    refilter();
}

void RunLogModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_page = 0;
    refilter();
}

void RunLogModel::setPageSize(int size)
{
    m_pageSize = std::max(1, size);
    m_page = 0;
    refilter();
}

void RunLogModel::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    beginResetModel();
    m_page = page;
    endResetModel();
    Q_EMIT pagingChanged();
}

int RunLogModel::pageCount() const
{
    return std::max(1, int((m_filtered.size() + m_pageSize - 1) / m_pageSize));
}

void RunLogModel::refilter()
{
    beginResetModel();
    m_filtered.clear();
    const QString needle = m_text.trimmed();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const RunLogEntry& e = m_entries.at(i);
        if (m_category && e.category != *m_category)
            continue;
        if (!needle.isEmpty()) {
            bool hit = false;
            for (int c = 0; c < ColumnCount && !hit; ++c)
                hit = cellText(e, c).contains(needle, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        m_filtered.append(i);
    }
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    endResetModel();
    Q_EMIT pagingChanged();
}

const RunLogEntry& RunLogModel::entryAt(int row) const
{
    return m_entries.at(m_filtered.at(qsizetype(m_page) * m_pageSize + row));
}

QString RunLogModel::cellText(const RunLogEntry& e, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(e.ts.toLocalTime(), QLocale::ShortFormat);
    case CategoryColumn:
        return categoryText(e.category);
    case OriginColumn:
        return e.origin;
    case StatusColumn:
        return e.status;
    case MessageColumn:
        return e.message;
    default:
        return {};
    }
}

QString RunLogModel::tabSeparated(const QList<int>& rows) const
{
    QStringList lines;
    for (const int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const RunLogEntry& e = entryAt(row);
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            QString text = c == TimeColumn ? e.ts.toUTC().toString(Qt::ISODate) : cellText(e, c);
            text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells << text;
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

int RunLogModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const qsizetype first = qsizetype(m_page) * m_pageSize;
    return int(std::clamp<qsizetype>(m_filtered.size() - first, 0, m_pageSize));
}

int RunLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunLogEntry& e = entryAt(index.row());
    if (role == Qt::DisplayRole)
        return cellText(e, index.column());
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return e.message;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(e.ts.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case OriginColumn:
        return tr("Where");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace plumbline
