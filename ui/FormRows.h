#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QTableView;
class QWidget;

namespace plumbline {

// An inline error message for one field (objectName "error_<field>"), hidden until set.
QLabel* makeFieldError(QWidget* parent, const QString& field);

// Adds "label: field" to the form, with `error` (may be null) directly under the field so a hidden message takes
// no space. The label's buddy is the field. Returns the label.
QLabel* addFieldRow(QFormLayout* form, const QString& labelText, QWidget* field, QLabel* error);
// Same, at `row`.
QLabel* insertFieldRow(QFormLayout* form, int row, const QString& labelText, QWidget* field, QLabel* error);

// A read-only table of rows (select rows, no editing, no row numbers, Tab leaves the table) with its accessible name.
QTableView* makeReadOnlyTable(QWidget* parent, const QString& objectName, const QString& accessibleName);

} // namespace plumbline
