#pragma once

#include <QList>
#include <QString>

namespace plumbline::bench {

// One figure of a benchmark (ARCHITECTURE.md, "Contracts"): the measured value and the comparison measured in the same
// run.
struct BenchResult
{
    QString name;
    double value = 0;
    QString unit = QStringLiteral("ms");
    double baseline = 0;
    QString baselineIs;
    qint64 n = 0;
};

// `--json`: one JSON object a line, keys in contract order. Otherwise a readable table.
void printJson(const QList<BenchResult>& results);
void printTable(const QList<BenchResult>& results);

} // namespace plumbline::bench
