#pragma once

#include <Connection.h>

#include <QDialog>
#include <QHash>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace plumbline {

class ConnectionTester;

class WorkspaceService;

// Adds or edits a connection: the vendor's own fields, inline validation, and the API key (masked; a stored key is
// only read back when the user asks to reveal it).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // `existing` unset: a new connection.
    ConnectionDialog(WorkspaceService& service, const std::optional<Connection>& existing, QWidget* parent = nullptr);

    Connection connection() const;
    // Set when the user entered a key to store (unset: keep the stored key, if any).
    std::optional<QString> newSecret() const;

    // Puts the keyboard focus on the key field ("Set API key…").
    void focusSecret();
    // Enables "Test connection" (not owned).
    void setTester(ConnectionTester* tester);

    void accept() override;

private:
    void buildForm();
    void applyVendor(Vendor vendor);
    void updateSecretStatus();
    void updateDataCentre();
    void toggleReveal(bool reveal);
    void testConnection();
    QLabel* addErrorLabel(const QString& field);
    void clearErrors();
    bool showProblems(const QList<QPair<QString, QString>>& problems);
    Vendor currentVendor() const;
    bool isNew() const { return !m_existing.has_value(); }
    static QString suggestId(const QString& name);

    WorkspaceService& m_service;
    std::optional<Connection> m_existing;
    bool m_idEdited = false;
    QString m_revealedValue;

    QComboBox* m_vendor = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_baseUrlLabel = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QComboBox* m_apiVersion = nullptr;
    QFormLayout* m_form = nullptr;
    int m_optionsRow = 0;
    int m_optionRowCount = 0;
    QHash<QString, QLineEdit*> m_optionEdits;
    QLineEdit* m_owner = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QToolButton* m_reveal = nullptr;
    QLabel* m_secretHelp = nullptr;
    QLabel* m_secretStatus = nullptr;
    QLabel* m_dataCentre = nullptr;
    QHash<QString, QLabel*> m_errors;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    ConnectionTester* m_tester = nullptr;
};

} // namespace plumbline
