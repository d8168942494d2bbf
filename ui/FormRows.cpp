#include "FormRows.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

QLabel* makeFieldError(QWidget* parent, const QString& field)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"error_"_s + field);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->hide();
    return label;
}

QLabel* insertFieldRow(QFormLayout* form, int row, const QString& labelText, QWidget* field, QLabel* error)
{
    auto* label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(field);
    if (!error) {
        form->insertRow(row, label, field);
        return label;
    }
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    form->insertRow(row, label, column);
    return label;
}

QLabel* addFieldRow(QFormLayout* form, const QString& labelText, QWidget* field, QLabel* error)
{
    return insertFieldRow(form, -1, labelText, field, error);
}

QTableView* makeReadOnlyTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace plumbline
