#include "ReportModel.h"

namespace plumbline {

ReportCell ReportCell::of(const QString& text)
{
    ReportCell c;
    c.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    c.text = text;
    return c;
}

ReportCell ReportCell::keyOf(const QString& key, const QString& display)
{
    ReportCell c = of(key);
    c.display = display;
    return c;
}

ReportCell ReportCell::integerOf(qint64 value)
{
    ReportCell c;
    c.kind = Kind::Integer;
    c.integer = value;
    return c;
}

ReportCell ReportCell::integerOf(std::optional<qint64> value)
{
    return value ? integerOf(*value) : empty();
}

ReportCell ReportCell::numberOf(std::optional<double> value)
{
    ReportCell c;
    if (value) {
        c.kind = Kind::Number;
        c.number = *value;
    }
    return c;
}

ReportCell ReportCell::percentOf(std::optional<double> value)
{
    ReportCell c = numberOf(value);
    if (value)
        c.kind = Kind::Percent;
    return c;
}

ReportCell ReportCell::timeOf(const QDateTime& value)
{
    ReportCell c;
    if (value.isValid()) {
        c.kind = Kind::DateTime;
        c.time = value.toUTC();
    }
    return c;
}

ReportCell ReportCell::dateOf(const QDateTime& value)
{
    ReportCell c = timeOf(value);
    if (value.isValid())
        c.kind = Kind::Date;
    return c;
}

ReportCell ReportCell::durationOf(qint64 seconds)
{
    ReportCell c;
    c.kind = Kind::Duration;
    c.integer = seconds;
    return c;
}

ReportCell ReportCell::statusOf(Severity severity)
{
    ReportCell c;
    c.kind = Kind::Status;
    c.severity = severity;
    return c;
}

QList<ReportTable> ReportDocument::csvTables() const
{
    QList<ReportTable> merged;
    for (const ReportSection& section : sections) {
        for (const ReportBlock& block : section.blocks) {
            if (block.kind != ReportBlock::Kind::Table || !block.inCsv)
                continue;
            auto it = std::find_if(
                merged.begin(), merged.end(), [&](const ReportTable& t) { return t.key == block.table.key; });
            if (it == merged.end())
                merged << block.table;
            else
                it->rows << block.table.rows;
        }
    }
    return merged;
}

} // namespace plumbline
