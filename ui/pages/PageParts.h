#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace plumbline {

// A page's heading: the page's font, larger and bold.
QLabel* pageHeading(const QString& text, QWidget* parent);
// A read-only table (makeReadOnlyTable) that selects one row at a time.
QTableView* makeSingleSelectionTable(QWidget* parent, const QString& objectName, const QString& accessibleName);

} // namespace plumbline
