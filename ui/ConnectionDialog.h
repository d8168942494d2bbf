#pragma once

#include <Connection.h>
#include <VendorProfile.h>

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
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace plumbline {

class ConnectionTester;
class MessageBanner;
class WorkspaceService;

// Adds or edits a connection: the vendor's own fields, how it signs in (the vendor's sign-in methods with their setup
// steps, and an OAuth app's public settings: ARCHITECTURE.md §11), inline validation, and the one pasted secret
// (masked; a stored one is only read back when the user asks to reveal it).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // `existing` unset: a new connection.
    ConnectionDialog(WorkspaceService& service, const std::optional<Connection>& existing, QWidget* parent = nullptr);

    Connection connection() const;
    // Set when the user entered a key to store (unset: keep the stored key, if any, or store none).
    std::optional<QString> newSecret() const;
    // The sign-in method chosen (one of the vendor's AuthChoice).
    AuthChoice authChoice() const;

    // Puts the keyboard focus on the key field ("Set API key…").
    void focusSecret();
    // Enables "Test connection" (not owned).
    void setTester(ConnectionTester* tester);

    void accept() override;
    QSize sizeHint() const override;

private:
    void buildForm();
    void buildAuthRows();
    void applyVendor(Vendor vendor);
    void applyAuthChoice();
    void selectAuthMethod(const QString& method);
    void updateAuthPlaceholders();
    void updateCallbackUrl();
    void growToFit();
    QList<QPair<QString, QString>> authProblems(const Connection& connection) const;
    // The secret goes in another keychain entry than the stored one (the sign-in method changed between a static key
    // and OAuth): what is stored cannot be kept or shown.
    bool secretEntryChanged() const;
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
    QScrollArea* m_scroll = nullptr;
    QFormLayout* m_form = nullptr;
    int m_optionsRow = 0;
    int m_optionRowCount = 0;
    QHash<QString, QLineEdit*> m_optionEdits;
    QLineEdit* m_owner = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QList<AuthChoice> m_choices; // the vendor's, as the combo lists them
    QComboBox* m_authMethod = nullptr;
    QLabel* m_authSteps = nullptr;
    MessageBanner* m_authCaution = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_scope = nullptr;
    QLabel* m_tokenUrlLabel = nullptr;
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_authorizeUrl = nullptr;
    QSpinBox* m_redirectPort = nullptr;
    QLabel* m_callbackUrl = nullptr;
    QList<QLabel*> m_oauthRows; // the labels of the rows shown for OAuth methods
    QList<QLabel*> m_signInRows; // ... and of those shown for a person's sign-in only
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
