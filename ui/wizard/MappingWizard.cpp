#include "MappingWizard.h"

#include "StatusIcons.h"

#include <Vendor.h>
#include <VendorProfile.h>
#include <WorkspaceJson.h>
#include <WorkspaceService.h>
#include <schema/SchemaFetcher.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plumbline {

namespace {

// A page whose completeness and set-up are given as functions (the wizard keeps all state).
class FunctionPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> init;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (init)
            init();
    }
    void changed() { Q_EMIT completeChanged(); }
};

enum MappingColumn
{
    UseColumn,
    SourceColumn,
    DestinationColumn,
    ConfidenceColumn,
    KeyColumn,
    MappingColumnCount
};

QString sideKey(const QComboBox* connection, const QComboBox* object)
{
    return connection->currentData().toString() + u'\n' + object->currentText().trimmed();
}

} // namespace

MappingWizard::MappingWizard(const WorkspaceService& workspace, SchemaFetcher* fetcher, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_fetcher(fetcher)
{
    setObjectName(u"mappingWizard"_s);
    setWindowTitle(tr("New integration (guided)"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SidesPage, createSidesPage());
    setPage(SchemasPage, createSchemasPage());
    setPage(MappingsPage, createMappingsPage());
    setPage(ConfirmPage, createConfirmPage());
    setButtonText(QWizard::FinishButton, tr("&Create integration"));
    resize(760, 560);
}

MappingWizard::~MappingWizard() = default;

QWizardPage* MappingWizard::createSidesPage()
{
    auto* page = new FunctionPage(this);
    page->setObjectName(u"sidesPage"_s);
    page->setTitle(tr("Which data flows where?"));
    page->setSubTitle(tr("Pick the system the records come from and the one they should arrive in. Plumbline will "
                         "read both field lists and suggest how the fields map."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"wizardNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. HubSpot contacts to Mailchimp newsletter"));
    form->addRow(tr("&Name:"), m_name);
    const auto sideRow
        = [&](QComboBox*& connection, QComboBox*& object, const QString& connectionName, const QString& objectName) {
              auto* row = new QHBoxLayout;
              connection = new QComboBox(page);
              connection->setObjectName(connectionName);
              connection->setMinimumContentsLength(24);
              object = new QComboBox(page);
              object->setObjectName(objectName);
              object->setEditable(true);
              object->setMinimumContentsLength(16);
              object->setToolTip(tr("The object or list: contacts, Contact, an audience id, customers, …"));
              row->addWidget(connection, 2);
              row->addWidget(object, 1);
              return row;
          };
    auto* sourceRow = sideRow(m_sourceConnection, m_sourceObject, u"sourceConnectionCombo"_s, u"sourceObjectCombo"_s);
    auto* destRow = sideRow(
        m_destinationConnection, m_destinationObject, u"destinationConnectionCombo"_s, u"destinationObjectCombo"_s);
    form->addRow(tr("&Source:"), sourceRow);
    form->addRow(tr("&Destination:"), destRow);
    m_sourceConnection->setAccessibleName(tr("Source connection"));
    m_sourceObject->setAccessibleName(tr("Source object"));
    m_destinationConnection->setAccessibleName(tr("Destination connection"));
    m_destinationObject->setAccessibleName(tr("Destination object"));
    layout->addLayout(form);
    auto* add = new QPushButton(tr("Add a &connection…"), page);
    add->setObjectName(u"wizardAddConnectionButton"_s);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(add);
    layout->addLayout(addRow);
    m_sidesError = new QLabel(page);
    m_sidesError->setObjectName(u"sidesError"_s);
    m_sidesError->setWordWrap(true);
    QPalette p = m_sidesError->palette();
    p.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_sidesError->setPalette(p);
    m_sidesError->hide();
    layout->addWidget(m_sidesError);
    layout->addStretch();

    connect(add, &QPushButton::clicked, this, [this] {
        if (m_addConnection)
            m_addConnection();
        reloadConnections();
    });
    connect(m_sourceConnection, &QComboBox::currentIndexChanged, this,
        [this] { updateObjects(m_sourceConnection, m_sourceObject); });
    connect(m_destinationConnection, &QComboBox::currentIndexChanged, this,
        [this] { updateObjects(m_destinationConnection, m_destinationObject); });
    for (QComboBox* combo : { m_sourceObject, m_destinationObject })
        connect(combo, &QComboBox::currentTextChanged, page, &FunctionPage::changed);
    connect(m_name, &QLineEdit::textChanged, page, &FunctionPage::changed);
    page->complete = [this] {
        return !m_name->text().trimmed().isEmpty() && m_sourceConnection->currentIndex() >= 0
            && m_destinationConnection->currentIndex() >= 0 && !m_sourceObject->currentText().trimmed().isEmpty()
            && !m_destinationObject->currentText().trimmed().isEmpty();
    };
    page->validate = [this] {
        if (sideKey(m_sourceConnection, m_sourceObject) == sideKey(m_destinationConnection, m_destinationObject)) {
            m_sidesError->setText(tr("The source and the destination are the same object: pick two different ones."));
            m_sidesError->show();
            return false;
        }
        m_sidesError->hide();
        return true;
    };
    reloadConnections();
    return page;
}

void MappingWizard::reloadConnections()
{
    const QString source = m_sourceConnection->currentData().toString();
    const QString destination = m_destinationConnection->currentData().toString();
    m_sourceConnection->clear();
    m_destinationConnection->clear();
    for (const Connection& c : m_workspace.connections()) {
        if (VendorCatalog::isMiddleware(c.vendor))
            continue;
        const QString text = tr("%1 (%2)").arg(c.name, vendorDisplayName(c.vendor));
        m_sourceConnection->addItem(text, c.id);
        m_destinationConnection->addItem(text, c.id);
    }
    // A sensible first guess: the first connection as the source, another vendor as the destination.
    int s = m_sourceConnection->findData(source);
    int d = m_destinationConnection->findData(destination);
    if (s < 0)
        s = m_sourceConnection->count() > 0 ? 0 : -1;
    if (d < 0)
        d = m_destinationConnection->count() > 1 ? 1 : s;
    m_sourceConnection->setCurrentIndex(s);
    m_destinationConnection->setCurrentIndex(d);
    if (m_sourceConnection->count() == 0) {
        m_sidesError->setText(tr("There are no connections yet. Add the accounts on both sides first."));
        m_sidesError->show();
    } else {
        m_sidesError->hide();
    }
    updateObjects(m_sourceConnection, m_sourceObject);
    updateObjects(m_destinationConnection, m_destinationObject);
}

void MappingWizard::updateObjects(QComboBox* connection, QComboBox* object)
{
    const std::optional<Connection> c = m_workspace.connection(connection->currentData().toString());
    object->clear();
    if (c)
        object->addItems(VendorCatalog::objectSuggestions(*c));
    if (object->count() > 0)
        object->setCurrentIndex(0);
}

QWizardPage* MappingWizard::createSchemasPage()
{
    auto* page = new FunctionPage(this);
    m_schemasPage = page;
    page->setObjectName(u"schemasPage"_s);
    page->setTitle(tr("Reading both field lists"));
    page->setSubTitle(tr("Plumbline asks each system which fields the object has. This takes a moment."));
    auto* layout = new QVBoxLayout(page);
    m_sourceStatus = new QLabel(page);
    m_sourceStatus->setObjectName(u"sourceSchemaStatus"_s);
    m_sourceStatus->setWordWrap(true);
    m_destinationStatus = new QLabel(page);
    m_destinationStatus->setObjectName(u"destinationSchemaStatus"_s);
    m_destinationStatus->setWordWrap(true);
    layout->addWidget(m_sourceStatus);
    layout->addWidget(m_destinationStatus);
    m_retry = new QPushButton(tr("&Retry"), page);
    m_retry->setObjectName(u"retrySchemasButton"_s);
    m_retry->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_fetchedFor.clear();
        fetchSchemas();
    });
    page->complete = [this] { return schemasReady(); };
    page->init = [this] { fetchSchemas(); };
    return page;
}

void MappingWizard::fetchSchemas()
{
    const QString key
        = sideKey(m_sourceConnection, m_sourceObject) + u'\n' + sideKey(m_destinationConnection, m_destinationObject);
    if (key == m_fetchedFor && (schemasReady() || !m_retry->isVisible()))
        return; // already fetched (or fetching) for these sides
    m_fetchedFor = key;
    ++m_generation;
    m_retry->hide();
    m_sourceReady = false;
    m_destinationReady = false;
    m_sourceFields.clear();
    m_destinationFields.clear();
    static_cast<FunctionPage*>(m_schemasPage)->changed();
    fetchSide(true);
    fetchSide(false);
}

void MappingWizard::fetchSide(bool source)
{
    QComboBox* connectionCombo = source ? m_sourceConnection : m_destinationConnection;
    const QString object = (source ? m_sourceObject : m_destinationObject)->currentText().trimmed();
    QLabel* status = source ? m_sourceStatus : m_destinationStatus;
    const std::optional<Connection> c = m_workspace.connection(connectionCombo->currentData().toString());
    const QString title = source ? tr("Source") : tr("Destination");
    if (!c || !m_fetcher) {
        status->setText(tr("✘ %1: the field list cannot be read here.").arg(title));
        m_retry->show();
        return;
    }
    status->setText(tr("⏳ %1: reading the fields of %2 · %3…").arg(title, c->name, object));
    const int generation = m_generation;
    m_fetcher->fetch(
        *c, object, this, [this, source, status, title, generation, name = c->name](const SchemaResult& r) {
            if (generation != m_generation)
                return;
            if (!r.error.ok()) {
                status->setText(tr("✘ %1: %2 could not be read: %3").arg(title, name, r.error.message));
                m_retry->show();
                return;
            }
            QList<FieldInfo> fields;
            for (const SchemaField& f : r.fields)
                fields << FieldInfo { f.name, f.label, f.type };
            status->setText(tr("✔ %1: %n field(s) in %2", nullptr, int(fields.size())).arg(title, name));
            (source ? m_sourceFields : m_destinationFields) = fields;
            (source ? m_sourceReady : m_destinationReady) = true;
            static_cast<FunctionPage*>(m_schemasPage)->changed();
        });
}

QWizardPage* MappingWizard::createMappingsPage()
{
    auto* page = new FunctionPage(this);
    page->setObjectName(u"mappingsPage"_s);
    page->setTitle(tr("Check the field mappings"));
    page->setSubTitle(tr("Suggested from field names and labels. Tick the mappings to watch, change a destination "
                         "where the guess is wrong, and mark the field that identifies a record as the key."));
    auto* layout = new QVBoxLayout(page);
    m_table = new QTableWidget(0, MappingColumnCount, page);
    m_table->setObjectName(u"wizardMappingTable"_s);
    m_table->setAccessibleName(tr("Suggested field mappings"));
    m_table->setHorizontalHeaderLabels(
        { tr("Use"), tr("Source field"), tr("Destination field"), tr("Confidence"), tr("Key") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DestinationColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        // One key at most.
        if (item->column() != KeyColumn || item->checkState() != Qt::Checked)
            return;
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (row != item->row())
                m_table->item(row, KeyColumn)->setCheckState(Qt::Unchecked);
        }
        m_table->item(item->row(), UseColumn)->setCheckState(Qt::Checked);
    });
    page->init = [this] { fillMappings(); };
    return page;
}

void MappingWizard::fillMappings()
{
    if (m_filledFor == m_fetchedFor && m_table->rowCount() > 0)
        return; // keep the user's edits when they come back to this page
    m_filledFor = m_fetchedFor;
    const QList<MappingSuggestion> suggestions = MappingSuggester::suggest(m_sourceFields, m_destinationFields);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    // Suggested pairs first, in the source's order; then the other source fields, unticked.
    QList<FieldInfo> ordered;
    for (const MappingSuggestion& s : suggestions) {
        for (const FieldInfo& f : std::as_const(m_sourceFields)) {
            if (f.name == s.source)
                ordered << f;
        }
    }
    for (const FieldInfo& f : std::as_const(m_sourceFields)) {
        if (!ordered.contains(f))
            ordered << f;
    }
    for (const FieldInfo& f : std::as_const(ordered)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        std::optional<MappingSuggestion> s;
        for (const MappingSuggestion& m : suggestions) {
            if (m.source == f.name)
                s = m;
        }
        auto* use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        use->setCheckState(s ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, UseColumn, use);
        auto* source = new QTableWidgetItem(f.label.isEmpty() ? f.name : tr("%1 (%2)").arg(f.name, f.label));
        source->setData(Qt::UserRole, f.name);
        source->setToolTip(tr("Type: %1").arg(f.type));
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, SourceColumn, source);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(u"destinationFor_"_s + f.name);
        combo->addItem(tr("(not mapped)"), QString());
        for (const FieldInfo& d : std::as_const(m_destinationFields))
            combo->addItem(d.label.isEmpty() ? d.name : tr("%1 (%2)").arg(d.name, d.label), d.name);
        combo->setCurrentIndex(s ? combo->findData(s->destination) : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo] {
            m_table->item(row, UseColumn)->setCheckState(combo->currentIndex() > 0 ? Qt::Checked : Qt::Unchecked);
            m_table->item(row, ConfidenceColumn)->setText(tr("chosen"));
        });
        m_table->setCellWidget(row, DestinationColumn, combo);
        auto* confidence
            = new QTableWidgetItem(s ? tr("%1 %").arg(QLocale().toString(qRound(s->confidence * 100))) : QString());
        confidence->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ConfidenceColumn, confidence);
        auto* key = new QTableWidgetItem;
        key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        key->setCheckState(s && s->key ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, KeyColumn, key);
    }
}

QList<FieldMapping> MappingWizard::chosenMappings() const
{
    QList<FieldMapping> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UseColumn)->checkState() != Qt::Checked)
            continue;
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, DestinationColumn));
        const QString destination = combo ? combo->currentData().toString() : QString();
        if (destination.isEmpty())
            continue;
        out << FieldMapping { m_table->item(row, SourceColumn)->data(Qt::UserRole).toString(), destination,
            m_table->item(row, KeyColumn)->checkState() == Qt::Checked };
    }
    return out;
}

QWizardPage* MappingWizard::createConfirmPage()
{
    auto* page = new FunctionPage(this);
    page->setObjectName(u"confirmPage"_s);
    page->setTitle(tr("Ready to watch"));
    page->setSubTitle(tr("Plumbline creates the integration and starts comparing both sides on its next check. "
                         "Filters, checks and documentation can be edited afterwards."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"wizardSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch();
    page->init = [this] { updateSummary(); };
    return page;
}

void MappingWizard::updateSummary()
{
    const Integration i = integration();
    const auto side = [this](const IntegrationSide& s) -> QString {
        const std::optional<Connection> c = m_workspace.connection(s.connection);
        return tr("%1 · %2").arg(c ? c->name : s.connection, s.object).toHtmlEscaped();
    };
    QString mappings;
    for (const FieldMapping& m : i.mappings) {
        mappings += u"<li>%1 → %2%3</li>"_s.arg(m.source.toHtmlEscaped(), m.destination.toHtmlEscaped(),
            m.key ? u" <b>("_s + tr("key").toHtmlEscaped() + u")</b>"_s : QString());
    }
    m_summary->setText(u"<p><b>%1</b> <small>(%2)</small></p><p>%3 → %4</p><p>%5</p><ul>%6</ul>"_s.arg(
        i.name.toHtmlEscaped(), i.id.toHtmlEscaped(), side(i.source), side(i.destination),
        tr("%n field mapping(s):", nullptr, int(i.mappings.size())).toHtmlEscaped(), mappings));
}

QString MappingWizard::uniqueId(const QString& name) const
{
    QString base = name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base = base.mid(0, 56);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = u"integration"_s;
    QString id = base;
    for (int n = 2; m_workspace.integration(id) || !WorkspaceJson::isValidId(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

Integration MappingWizard::integration() const
{
    Integration i;
    i.name = m_name->text().trimmed();
    i.id = uniqueId(i.name);
    i.source.connection = m_sourceConnection->currentData().toString();
    i.source.object = m_sourceObject->currentText().trimmed();
    i.destination.connection = m_destinationConnection->currentData().toString();
    i.destination.object = m_destinationObject->currentText().trimmed();
    i.direction = Direction::OneWay;
    i.mappings = chosenMappings();
    return i;
}

} // namespace plumbline
