#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace plumbline {

// One line of an integration's run and error log: a middleware run, a failed poll of a side, or a finding.
struct RunLogEntry
{
    enum class Category
    {
        Run, // the middleware's own run log
        PollError, // a side could not be read
        Finding, // a rule fired
    };
    QDateTime ts;
    Category category = Category::Run;
    QString origin; // connection or side the line is about
    QString status; // success, error, warning, critical, auth, ...
    QString message;

    bool operator==(const RunLogEntry&) const = default;
};

// The run log, newest first, filtered by category and text, shown one page at a time.
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)

public:
    enum Column
    {
        TimeColumn,
        CategoryColumn,
        OriginColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int kDefaultPageSize = 100;

    explicit RunLogModel(QObject* parent = nullptr);

    // Sorts newest first. Keeps the page when it still exists.
    void setEntries(QList<RunLogEntry> entries);
    // nullopt: every category.
    void setCategoryFilter(std::optional<RunLogEntry::Category> category);
    void setTextFilter(const QString& text);
    void setPageSize(int size);
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    int filteredCount() const { return int(m_filtered.size()); }
    int totalCount() const { return int(m_entries.size()); }
    const RunLogEntry& entryAt(int row) const;

    static QString categoryText(RunLogEntry::Category category);
    // The given rows as tab-separated text, one line each (tabs and line breaks inside cells become spaces).
    QString tabSeparated(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pagingChanged();

private:
    void refilter();
    QString cellText(const RunLogEntry& e, int column) const;

    QList<RunLogEntry> m_entries; // newest first
    QList<qsizetype> m_filtered; // indexes into m_entries
    std::optional<RunLogEntry::Category> m_category;
    QString m_text;
    int m_pageSize = kDefaultPageSize;
    int m_page = 0;
};

} // namespace plumbline
