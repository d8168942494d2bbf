#pragma once

#include <Integration.h>

#include <QDialog>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace plumbline {

class MappingTableModel;
class WorkspaceService;

// Adds or edits an integration: both sides, direction, middleware, field mappings, checks and documentation.
class IntegrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationDialog)

public:
    // `existing` unset: a new integration.
    IntegrationDialog(
        const WorkspaceService& workspace, const std::optional<Integration>& existing, QWidget* parent = nullptr);

    Integration integration() const;
    // A new integration starts with these checks (Settings › Checks of new integrations); no effect when editing.
    void setNewChecks(const Checks& checks);
    MappingTableModel* mappingModel() const { return m_mappingModel; }

    void accept() override;

    // The filter text as stored: empty -> null, a JSON object -> that object, anything else -> the string.
    static QJsonValue parseFilter(const QString& text);
    static QString filterText(const QJsonValue& filter);

private:
    QWidget* buildDefinitionTab();
    QWidget* buildMappingsTab();
    QWidget* buildChecksTab();
    QWidget* buildDocumentationTab();
    QComboBox* connectionCombo(const QString& objectName, const QString& accessibleName);
    QLabel* addErrorLabel(const QString& field, int tab);
    void load(const Integration& integration);
    void addMapping();
    void removeMapping();
    void moveMapping(int delta);
    void updateMappingButtons();
    void updateNotifyHints();
    bool isNew() const { return !m_existing.has_value(); }

    const WorkspaceService& m_workspace;
    std::optional<Integration> m_existing;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sourceConnection = nullptr;
    QLineEdit* m_sourceObject = nullptr;
    QLineEdit* m_sourceFilter = nullptr;
    QComboBox* m_destinationConnection = nullptr;
    QLineEdit* m_destinationObject = nullptr;
    QLineEdit* m_destinationFilter = nullptr;
    QComboBox* m_direction = nullptr;
    QCheckBox* m_middlewareCheck = nullptr;
    QComboBox* m_middlewareConnection = nullptr;
    QLineEdit* m_middlewareRef = nullptr;
    MappingTableModel* m_mappingModel = nullptr;
    QTableView* m_mappings = nullptr;
    QPushButton* m_addMapping = nullptr;
    QPushButton* m_removeMapping = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QSpinBox* m_interval = nullptr;
    QDoubleSpinBox* m_tolerancePct = nullptr;
    QSpinBox* m_toleranceAbs = nullptr;
    QSpinBox* m_lagGrace = nullptr;
    QLineEdit* m_owner = nullptr;
    QListWidget* m_notify = nullptr; // the workspace's channels, checked: Integration::notify
    QLabel* m_notifyHint = nullptr;
    QLabel* m_ownerChannels = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_runbook = nullptr;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, int> m_errorTabs;
};

} // namespace plumbline
