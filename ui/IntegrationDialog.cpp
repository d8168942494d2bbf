#include "IntegrationDialog.h"

#include "FormRows.h"

#include <MappingTableModel.h>
#include <WorkspaceJson.h>
#include <WorkspaceService.h>
#include <notify/NotifyChannel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

enum Tab
{
    DefinitionTab,
    MappingsTab,
    ChecksTab,
    DocumentationTab,
};

} // namespace

IntegrationDialog::IntegrationDialog(
    const WorkspaceService& workspace, const std::optional<Integration>& existing, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_existing(existing)
{
    setObjectName(u"integrationDialog"_s);
    setWindowTitle(isNew() ? tr("Add integration") : tr("Edit integration “%1”").arg(existing->name));

    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"integrationTabs"_s);
    m_tabs->addTab(buildDefinitionTab(), tr("&Definition"));
    m_tabs->addTab(buildMappingsTab(), tr("&Mappings"));
    m_tabs->addTab(buildChecksTab(), tr("&Checks"));
    m_tabs->addTab(buildDocumentationTab(), tr("D&ocumentation"));
    outer->addWidget(m_tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntegrationDialog::reject);

    load(existing.value_or(Integration {}));
    if (existing) {
        m_id->setReadOnly(true);
        m_id->setToolTip(tr("The ID of an existing integration cannot be changed."));
        m_name->setFocus();
    } else {
        m_id->setFocus();
    }
    resize(640, 560);
}

QComboBox* IntegrationDialog::connectionCombo(const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    for (const Connection& c : m_workspace.connections())
        combo->addItem(tr("%1 (%2)").arg(c.name, vendorDisplayName(c.vendor)), c.id);
    return combo;
}

QLabel* IntegrationDialog::addErrorLabel(const QString& field, int tab)
{
    QLabel* label = makeFieldError(this, field);
    m_errors.insert(field, label);
    m_errorTabs.insert(field, tab);
    return label;
}

QWidget* IntegrationDialog::buildDefinitionTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);

    auto* top = new QFormLayout;
    layout->addLayout(top);
    m_id = new QLineEdit(page);
    m_id->setObjectName(u"idEdit"_s);
    m_id->setPlaceholderText(tr("e.g. hubspot-to-mailchimp"));
    m_id->setAccessibleName(tr("ID"));
    addFieldRow(top, tr("&ID:"), m_id, addErrorLabel(u"id"_s, DefinitionTab));
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Newsletter sync"));
    m_name->setAccessibleName(tr("Name"));
    addFieldRow(top, tr("&Name:"), m_name, addErrorLabel(u"name"_s, DefinitionTab));

    auto side = [this, page](const QString& title, const QString& prefix, QComboBox*& combo, QLineEdit*& object,
                    QLineEdit*& filter) {
        auto* box = new QGroupBox(title, page);
        box->setObjectName(prefix + u"Group"_s);
        auto* form = new QFormLayout(box);
        combo = connectionCombo(prefix + u"ConnectionCombo"_s, title + u' ' + tr("connection"));
        combo->setParent(box);
        addFieldRow(form, tr("Connection:"), combo, addErrorLabel(prefix + u"Connection"_s, DefinitionTab));
        object = new QLineEdit(box);
        object->setObjectName(prefix + u"ObjectEdit"_s);
        object->setPlaceholderText(tr("e.g. contacts, Account, audience members"));
        object->setAccessibleName(title + u' ' + tr("object"));
        addFieldRow(form, tr("Object:"), object, addErrorLabel(prefix + u"Object"_s, DefinitionTab));
        filter = new QLineEdit(box);
        filter->setObjectName(prefix + u"FilterEdit"_s);
        filter->setPlaceholderText(tr("Optional: a JSON object or the vendor's filter text"));
        filter->setToolTip(tr("Makes the two counts comparable, e.g. only subscribed contacts. Text that parses as a "
                              "JSON object is stored as JSON; anything else as text."));
        filter->setAccessibleName(title + u' ' + tr("filter"));
        addFieldRow(form, tr("Filter:"), filter, nullptr);
        return box;
    };
    auto* sides = new QHBoxLayout;
    sides->addWidget(side(tr("Source"), u"source"_s, m_sourceConnection, m_sourceObject, m_sourceFilter));
    sides->addWidget(
        side(tr("Destination"), u"destination"_s, m_destinationConnection, m_destinationObject, m_destinationFilter));
    layout->addLayout(sides);
    m_errors.insert(u"sides"_s, makeFieldError(page, u"sides"_s));
    m_errorTabs.insert(u"sides"_s, DefinitionTab);
    layout->addWidget(m_errors.value(u"sides"_s));

    auto* bottom = new QFormLayout;
    layout->addLayout(bottom);
    m_direction = new QComboBox(page);
    m_direction->setObjectName(u"directionCombo"_s);
    m_direction->setAccessibleName(tr("Direction"));
    for (const Direction d : { Direction::OneWay, Direction::TwoWay })
        m_direction->addItem(directionDisplayName(d), directionKey(d));
    addFieldRow(bottom, tr("Di&rection:"), m_direction, nullptr);

    m_middlewareCheck = new QCheckBox(tr("Carried by &middleware (a Make scenario, a Zap, …)"), page);
    m_middlewareCheck->setObjectName(u"middlewareCheck"_s);
    bottom->addRow(m_middlewareCheck);
    m_middlewareConnection = connectionCombo(u"middlewareConnectionCombo"_s, tr("Middleware connection"));
    m_middlewareConnection->setParent(page);
    addFieldRow(bottom, tr("Middleware co&nnection:"), m_middlewareConnection, nullptr);
    m_middlewareRef = new QLineEdit(page);
    m_middlewareRef->setObjectName(u"middlewareRefEdit"_s);
    m_middlewareRef->setPlaceholderText(tr("Scenario ID or Zap ID"));
    m_middlewareRef->setAccessibleName(tr("Middleware reference"));
    addFieldRow(bottom, tr("Scenario or &Zap:"), m_middlewareRef, addErrorLabel(u"middleware"_s, DefinitionTab));
    auto enableMiddleware = [this](bool on) {
        m_middlewareConnection->setEnabled(on);
        m_middlewareRef->setEnabled(on);
    };
    connect(m_middlewareCheck, &QCheckBox::toggled, this, enableMiddleware);
    enableMiddleware(false);
    layout->addStretch();

    setTabOrder(m_id, m_name);
    setTabOrder(m_name, m_sourceConnection);
    setTabOrder(m_sourceConnection, m_sourceObject);
    setTabOrder(m_sourceObject, m_sourceFilter);
    setTabOrder(m_sourceFilter, m_destinationConnection);
    setTabOrder(m_destinationConnection, m_destinationObject);
    setTabOrder(m_destinationObject, m_destinationFilter);
    setTabOrder(m_destinationFilter, m_direction);
    setTabOrder(m_direction, m_middlewareCheck);
    setTabOrder(m_middlewareCheck, m_middlewareConnection);
    setTabOrder(m_middlewareConnection, m_middlewareRef);
    return page;
}

QWidget* IntegrationDialog::buildMappingsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Which source field feeds which destination field. Tick the field that identifies a "
                                "record on both sides (usually the email address)."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    m_mappingModel = new MappingTableModel(this);
    m_mappings = new QTableView(page);
    m_mappings->setObjectName(u"mappingsTable"_s);
    m_mappings->setAccessibleName(tr("Field mappings"));
    m_mappings->setModel(m_mappingModel);
    m_mappings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mappings->setTabKeyNavigation(false);
    m_mappings->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_mappings->horizontalHeader()->setSectionResizeMode(MappingTableModel::SourceColumn, QHeaderView::Stretch);
    m_mappings->horizontalHeader()->setSectionResizeMode(MappingTableModel::DestinationColumn, QHeaderView::Stretch);
    m_mappings->horizontalHeader()->setSectionResizeMode(MappingTableModel::KeyColumn, QHeaderView::ResizeToContents);
    m_mappings->verticalHeader()->setVisible(true);
    intro->setBuddy(m_mappings);
    row->addWidget(m_mappings, 1);

    auto* buttons = new QVBoxLayout;
    auto button = [page, buttons](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    m_addMapping = button(tr("&Add"), u"addMappingButton"_s);
    m_removeMapping = button(tr("&Remove"), u"removeMappingButton"_s);
    m_moveUp = button(tr("Move &up"), u"moveMappingUpButton"_s);
    m_moveDown = button(tr("Move do&wn"), u"moveMappingDownButton"_s);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    QLabel* error = makeFieldError(page, u"mappings"_s);
    layout->addWidget(error);
    m_errors.insert(u"mappings"_s, error);
    m_errorTabs.insert(u"mappings"_s, MappingsTab);

    connect(m_addMapping, &QPushButton::clicked, this, &IntegrationDialog::addMapping);
    connect(m_removeMapping, &QPushButton::clicked, this, &IntegrationDialog::removeMapping);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveMapping(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveMapping(1); });
    connect(m_mappings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &IntegrationDialog::updateMappingButtons);
    connect(m_mappingModel, &QAbstractItemModel::rowsInserted, this, &IntegrationDialog::updateMappingButtons);
    connect(m_mappingModel, &QAbstractItemModel::rowsRemoved, this, &IntegrationDialog::updateMappingButtons);
    connect(m_mappingModel, &QAbstractItemModel::rowsMoved, this, &IntegrationDialog::updateMappingButtons);
    connect(m_mappingModel, &QAbstractItemModel::modelReset, this, &IntegrationDialog::updateMappingButtons);
    return page;
}

QWidget* IntegrationDialog::buildChecksTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(u"intervalSpin"_s);
    m_interval->setRange(60, 7 * 24 * 3600);
    m_interval->setSingleStep(60);
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Poll interval in seconds"));
    addFieldRow(form, tr("&Poll every:"), m_interval, nullptr);

    m_tolerancePct = new QDoubleSpinBox(page);
    m_tolerancePct->setObjectName(u"tolerancePctSpin"_s);
    m_tolerancePct->setRange(0.0, 100.0);
    m_tolerancePct->setDecimals(2);
    m_tolerancePct->setSingleStep(0.5);
    m_tolerancePct->setSuffix(tr(" %"));
    m_tolerancePct->setAccessibleName(tr("Tolerated gap in percent"));
    addFieldRow(form, tr("Tolerated gap (&percent):"), m_tolerancePct, nullptr);

    m_toleranceAbs = new QSpinBox(page);
    m_toleranceAbs->setObjectName(u"toleranceAbsSpin"_s);
    m_toleranceAbs->setRange(0, 100000000);
    m_toleranceAbs->setSuffix(tr(" records"));
    m_toleranceAbs->setAccessibleName(tr("Tolerated gap in records"));
    addFieldRow(form, tr("Tolerated gap (&records):"), m_toleranceAbs, nullptr);

    m_lagGrace = new QSpinBox(page);
    m_lagGrace->setObjectName(u"lagGraceSpin"_s);
    m_lagGrace->setRange(0, 7 * 24 * 3600);
    m_lagGrace->setSingleStep(60);
    m_lagGrace->setSuffix(tr(" s"));
    m_lagGrace->setAccessibleName(tr("Lag grace in seconds"));
    addFieldRow(form, tr("&Lag grace:"), m_lagGrace, nullptr);

    auto* note = new QLabel(tr("A gap counts as a problem when it exceeds both tolerances for longer than the lag "
                               "grace. The monitor polls the integration at this interval."),
        page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* IntegrationDialog::buildDocumentationTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_owner = new QLineEdit(page);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setPlaceholderText(tr("Who is responsible for this flow"));
    m_owner->setAccessibleName(tr("Owner"));
    addFieldRow(form, tr("&Owner:"), m_owner, nullptr);
    m_ownerChannels = new QLabel(page);
    m_ownerChannels->setObjectName(u"ownerChannelsLabel"_s);
    m_ownerChannels->setWordWrap(true);
    m_ownerChannels->setTextFormat(Qt::PlainText);
    m_ownerChannels->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_ownerChannels);

    // Where its alerts go (ARCHITECTURE.md §14): the channels ticked here, else the workspace's defaults; the channels
    // that reach its owner either way.
    m_notify = new QListWidget(page);
    m_notify->setObjectName(u"notifyList"_s);
    m_notify->setAccessibleName(tr("Notify these channels"));
    m_notify->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    for (const NotifyChannel& c : m_workspace.channels()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(c.displayName(), channelKindDisplayName(c.kind)), m_notify);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_notifyHint = new QLabel(page);
    m_notifyHint->setObjectName(u"notifyHint"_s);
    m_notifyHint->setWordWrap(true);
    m_notifyHint->setTextFormat(Qt::PlainText);
    m_notifyHint->setForegroundRole(QPalette::PlaceholderText);
    auto* notifyColumn = new QVBoxLayout;
    notifyColumn->setContentsMargins(0, 0, 0, 0);
    notifyColumn->setSpacing(2);
    notifyColumn->addWidget(m_notify);
    notifyColumn->addWidget(m_notifyHint);
    auto* notifyLabel = new QLabel(tr("No&tify:"), page);
    notifyLabel->setBuddy(m_notify);
    form->addRow(notifyLabel, notifyColumn);
    connect(m_notify, &QListWidget::itemChanged, this, &IntegrationDialog::updateNotifyHints);
    connect(m_owner, &QLineEdit::textChanged, this, &IntegrationDialog::updateNotifyHints);
    m_purpose = new QPlainTextEdit(page);
    m_purpose->setObjectName(u"purposeEdit"_s);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("Why this flow exists and who relies on it"));
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    addFieldRow(form, tr("P&urpose:"), m_purpose, nullptr);
    m_runbook = new QPlainTextEdit(page);
    m_runbook->setObjectName(u"runbookEdit"_s);
    m_runbook->setTabChangesFocus(true);
    m_runbook->setPlaceholderText(tr("What to check and whom to call when it breaks"));
    m_runbook->setAccessibleName(tr("Runbook"));
    addFieldRow(form, tr("Run&book:"), m_runbook, nullptr);
    return page;
}

void IntegrationDialog::load(const Integration& i)
{
    m_id->setText(i.id);
    m_name->setText(i.name);
    auto select = [](QComboBox* combo, const QString& id) {
        const int index = combo->findData(id);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_sourceConnection, i.source.connection);
    m_sourceObject->setText(i.source.object);
    m_sourceFilter->setText(filterText(i.source.filter));
    select(m_destinationConnection, i.destination.connection);
    if (i.destination.connection.isEmpty() && m_destinationConnection->count() > 1
        && m_destinationConnection->currentIndex() == m_sourceConnection->currentIndex())
        m_destinationConnection->setCurrentIndex(1);
    m_destinationObject->setText(i.destination.object);
    m_destinationFilter->setText(filterText(i.destination.filter));
    m_direction->setCurrentIndex(m_direction->findData(directionKey(i.direction)));
    m_middlewareCheck->setChecked(i.middleware.has_value());
    if (i.middleware) {
        select(m_middlewareConnection, i.middleware->connection);
        m_middlewareRef->setText(i.middleware->ref);
    }
    m_mappingModel->setMappings(i.mappings);
    m_interval->setValue(i.checks.intervalS);
    m_tolerancePct->setValue(i.checks.tolerancePct);
    m_toleranceAbs->setValue(int(std::clamp<qint64>(i.checks.toleranceAbs, 0, m_toleranceAbs->maximum())));
    m_lagGrace->setValue(i.checks.lagGraceS);
    m_owner->setText(i.owner);
    for (const QString& id : i.notify) {
        bool found = false;
        for (int row = 0; row < m_notify->count(); ++row) {
            QListWidgetItem* item = m_notify->item(row);
            if (item->data(Qt::UserRole).toString() == id) {
                item->setCheckState(Qt::Checked);
                found = true;
            }
        }
        if (!found) { // a channel removed since: kept until unticked
            auto* item = new QListWidgetItem(tr("%1 (no such channel)").arg(id), m_notify);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    updateNotifyHints();
    m_purpose->setPlainText(i.purpose);
    m_runbook->setPlainText(i.runbook);
    updateMappingButtons();
}

QJsonValue IntegrationDialog::parseFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    return trimmed;
}

QString IntegrationDialog::filterText(const QJsonValue& filter)
{
    if (filter.isObject())
        return QString::fromUtf8(QJsonDocument(filter.toObject()).toJson(QJsonDocument::Compact));
    if (filter.isString())
        return filter.toString();
    return {};
}

void IntegrationDialog::setNewChecks(const Checks& checks)
{
    if (!isNew())
        return;
    m_interval->setValue(checks.intervalS);
    m_tolerancePct->setValue(checks.tolerancePct);
    m_toleranceAbs->setValue(int(std::clamp<qint64>(checks.toleranceAbs, 0, m_toleranceAbs->maximum())));
    m_lagGrace->setValue(checks.lagGraceS);
}

Integration IntegrationDialog::integration() const
{
    Integration i = m_existing.value_or(Integration {});
    i.id = m_id->text().trimmed();
    i.name = m_name->text().trimmed();
    i.source = { m_sourceConnection->currentData().toString(), m_sourceObject->text().trimmed(),
        parseFilter(m_sourceFilter->text()) };
    i.destination = { m_destinationConnection->currentData().toString(), m_destinationObject->text().trimmed(),
        parseFilter(m_destinationFilter->text()) };
    i.direction = directionFromKey(m_direction->currentData().toString()).value_or(Direction::OneWay);
    if (m_middlewareCheck->isChecked())
        i.middleware
            = Middleware { m_middlewareConnection->currentData().toString(), m_middlewareRef->text().trimmed() };
    else
        i.middleware.reset();
    i.mappings = m_mappingModel->mappings();
    // Known settings from the form; settings of later versions (extra) stay as they were.
    i.checks.intervalS = m_interval->value();
    i.checks.tolerancePct = m_tolerancePct->value();
    i.checks.toleranceAbs = m_toleranceAbs->value();
    i.checks.lagGraceS = m_lagGrace->value();
    i.owner = m_owner->text().trimmed();
    i.notify.clear();
    for (int row = 0; row < m_notify->count(); ++row) {
        if (m_notify->item(row)->checkState() == Qt::Checked)
            i.notify << m_notify->item(row)->data(Qt::UserRole).toString();
    }
    i.purpose = m_purpose->toPlainText().trimmed();
    i.runbook = m_runbook->toPlainText().trimmed();
    return i;
}

void IntegrationDialog::updateNotifyHints()
{
    const QList<NotifyChannel> channels = m_workspace.channels();
    const auto names = [&channels](const QStringList& ids) {
        QStringList out;
        for (const QString& id : ids) {
            for (const NotifyChannel& c : channels) {
                if (c.id == id)
                    out << c.displayName();
            }
        }
        return out;
    };
    QStringList defaults;
    for (const NotifyChannel& c : channels) {
        if (c.isDefault)
            defaults << c.id;
    }
    if (channels.isEmpty())
        m_notifyHint->setText(
            tr("The workspace has no notification channels yet; add them on the Notifications page."));
    else if (defaults.isEmpty())
        m_notifyHint->setText(tr("Empty: the default channels (none is marked default, so nobody is notified)."));
    else
        m_notifyHint->setText(tr("Empty: the default channels (%1).").arg(names(defaults).join(u", "_s)));
    m_notify->setAccessibleDescription(m_notifyHint->text());

    const QString owner = m_owner->text().trimmed();
    const QStringList ownerIds = NotifyChannels::ownerChannels(owner, channels);
    if (owner.isEmpty())
        m_ownerChannels->setText(tr("With an owner, the channels that reach that person are notified too."));
    else if (ownerIds.isEmpty())
        m_ownerChannels->setText(tr("No channel reaches “%1”.").arg(owner));
    else
        m_ownerChannels->setText(
            tr("“%1” is reached through %2, whatever is ticked below.").arg(owner, names(ownerIds).join(u", "_s)));
    m_owner->setAccessibleDescription(m_ownerChannels->text());
}

void IntegrationDialog::addMapping()
{
    const int row = m_mappingModel->rowCount();
    m_mappingModel->insertRows(row, 1);
    const QModelIndex index = m_mappingModel->index(row, MappingTableModel::SourceColumn);
    m_mappings->setCurrentIndex(index);
    m_mappings->setFocus();
    m_mappings->edit(index);
}

void IntegrationDialog::removeMapping()
{
    const QModelIndex current = m_mappings->currentIndex();
    if (!current.isValid())
        return;
    m_mappingModel->removeRows(current.row(), 1);
}

void IntegrationDialog::moveMapping(int delta)
{
    const QModelIndex current = m_mappings->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_mappingModel->rowCount())
        return;
    // moveRows takes the destination as "insert before": one further down when moving down.
    m_mappingModel->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    m_mappings->setCurrentIndex(m_mappingModel->index(target, current.column()));
}

void IntegrationDialog::updateMappingButtons()
{
    const QModelIndex current = m_mappings->currentIndex();
    const int rows = m_mappingModel->rowCount();
    m_removeMapping->setEnabled(current.isValid());
    m_moveUp->setEnabled(current.isValid() && current.row() > 0);
    m_moveDown->setEnabled(current.isValid() && current.row() < rows - 1);
}

void IntegrationDialog::accept()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    const Integration i = integration();
    QList<QPair<QString, QString>> problems;
    if (!WorkspaceJson::isValidId(i.id))
        problems.append(
            { u"id"_s, tr("Use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.") });
    else if (isNew() && m_workspace.integration(i.id))
        problems.append({ u"id"_s, tr("Another integration already uses this ID.") });
    if (i.name.isEmpty())
        problems.append({ u"name"_s, tr("Give the integration a name.") });
    if (i.source.connection.isEmpty())
        problems.append({ u"sourceConnection"_s, tr("Choose the connection the data comes from.") });
    if (i.destination.connection.isEmpty())
        problems.append({ u"destinationConnection"_s, tr("Choose the connection the data goes to.") });
    if (i.source.object.isEmpty())
        problems.append({ u"sourceObject"_s, tr("Name the object that is counted at the source.") });
    if (i.destination.object.isEmpty())
        problems.append({ u"destinationObject"_s, tr("Name the object that is counted at the destination.") });
    if (!i.source.connection.isEmpty() && i.source.connection == i.destination.connection
        && i.source.object.compare(i.destination.object, Qt::CaseInsensitive) == 0 && !i.source.object.isEmpty()
        && i.source.filter == i.destination.filter)
        problems.append({ u"sides"_s,
            tr("Source and destination are the same; choose a different connection, "
               "object or filter for one side.") });
    if (i.middleware && i.middleware->connection.isEmpty())
        problems.append({ u"middleware"_s, tr("Choose the middleware's connection, or untick “middleware”.") });
    if (const QList<int> rows = m_mappingModel->incompleteRows(); !rows.isEmpty()) {
        QStringList numbers;
        for (const int row : rows)
            numbers << QString::number(row + 1);
        problems.append({ u"mappings"_s,
            tr("Mapping row %1 needs both a source and a destination field.", nullptr, int(rows.size()))
                .arg(numbers.join(u", ")) });
    }
    if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    int firstTab = -1;
    for (const auto& [field, message] : std::as_const(problems)) {
        QLabel* label = m_errors.value(field);
        label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
        label->show();
        if (firstTab < 0)
            firstTab = m_errorTabs.value(field);
    }
    m_tabs->setCurrentIndex(firstTab);
    const QString first = problems.constFirst().first;
    if (first == u"id")
        m_id->setFocus();
    else if (first == u"name")
        m_name->setFocus();
    else if (first == u"sourceObject")
        m_sourceObject->setFocus();
    else if (first == u"destinationObject")
        m_destinationObject->setFocus();
    else if (first == u"mappings")
        m_mappings->setFocus();
}

} // namespace plumbline
