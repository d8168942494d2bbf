#include "PageParts.h"

#include "FormRows.h"

#include <QLabel>
#include <QTableView>

namespace plumbline {

QLabel* pageHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QTableView* makeSingleSelectionTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    QTableView* table = makeReadOnlyTable(parent, objectName, accessibleName);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

} // namespace plumbline
