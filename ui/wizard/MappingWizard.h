#pragma once

#include <Connection.h>
#include <HealthFacts.h>
#include <Integration.h>
#include <schema/MappingSuggester.h>

#include <QWizard>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace plumbline {

class SchemaFetcher;
class WorkspaceService;

// The guided first integration (ARCHITECTURE.md, "The window"): pick the two sides, fetch both field schemas, confirm
// the suggested field mappings, and create the integration. The caller saves integration() when the wizard is accepted.
// Network work is asynchronous: progress and errors show inline with Retry; the window never freezes.
class MappingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingWizard)

public:
    enum PageId
    {
        SidesPage,
        SchemasPage,
        MappingsPage,
        ConfirmPage,
    };

    MappingWizard(const WorkspaceService& workspace, SchemaFetcher* fetcher, QWidget* parent = nullptr);
    ~MappingWizard() override;

    // Called by "Add connection…" on the first page (the main window's editor); the lists refresh afterwards.
    void setAddConnection(std::function<void()> addConnection) { m_addConnection = std::move(addConnection); }

    Integration integration() const;
    // Test seam and diagnostics: whether both schemas are in.
    bool schemasReady() const { return m_sourceReady && m_destinationReady; }

private:
    QWizardPage* createSidesPage();
    QWizardPage* createSchemasPage();
    QWizardPage* createMappingsPage();
    QWizardPage* createConfirmPage();
    void reloadConnections();
    void updateObjects(QComboBox* connection, QComboBox* object);
    void fetchSchemas();
    void fetchSide(bool source);
    void fillMappings();
    QList<FieldMapping> chosenMappings() const;
    void updateSummary();
    QString uniqueId(const QString& name) const;

    const WorkspaceService& m_workspace;
    SchemaFetcher* m_fetcher;
    std::function<void()> m_addConnection;

    QLineEdit* m_name = nullptr;
    QComboBox* m_sourceConnection = nullptr;
    QComboBox* m_sourceObject = nullptr;
    QComboBox* m_destinationConnection = nullptr;
    QComboBox* m_destinationObject = nullptr;
    QLabel* m_sidesError = nullptr;

    QLabel* m_sourceStatus = nullptr;
    QLabel* m_destinationStatus = nullptr;
    QPushButton* m_retry = nullptr;
    QWizardPage* m_schemasPage = nullptr;
    bool m_sourceReady = false;
    bool m_destinationReady = false;
    int m_generation = 0; // answers of an earlier fetch (sides changed since) are ignored
    QString m_fetchedFor;
    QList<FieldInfo> m_sourceFields;
    QList<FieldInfo> m_destinationFields;

    QTableWidget* m_table = nullptr;
    QString m_filledFor;
    QLabel* m_summary = nullptr;
};

} // namespace plumbline
