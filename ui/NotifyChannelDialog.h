#pragma once

#include <notify/NotifyChannel.h>

#include <QDialog>
#include <QHash>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace plumbline {

class WorkspaceService;

// Adds or edits a notification channel (ARCHITECTURE.md §14): who it reaches, how severe an alert must be, quiet
// hours and a daily digest, and per kind where it delivers. Its secrets (webhook URL, signing secret, SMTP password,
// routing key) are typed here and go to the keychain through WorkspaceService::saveChannel; an empty field when
// editing keeps the stored one. OK checks the channel as an imported one is checked (NotifyChannels::fromJson) and
// shows each problem under its field; nothing is returned until it passes.
class NotifyChannelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyChannelDialog)

public:
    // `existing` unset: a new channel.
    NotifyChannelDialog(
        WorkspaceService& workspace, const std::optional<NotifyChannel>& existing, QWidget* parent = nullptr);

    NotifyChannel channel() const;
    // The secrets typed in (name -> value); only the ones given, so the stored ones stay.
    QHash<QString, QString> secrets() const;
    // The visible field errors, field -> message (tests).
    QHash<QString, QString> fieldErrors() const;

    // Test seam: how the CA file is chosen (default: a file dialog); returns the path or empty.
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

    void accept() override;

private:
    QGroupBox* buildChannelBox();
    QGroupBox* buildDeliveryBox();
    QGroupBox* buildTimingBox();
    QLabel* addErrorLabel(const QString& field);
    QLineEdit* secretEdit(const QString& name, const QString& label, const QString& objectName);
    void load(const NotifyChannel& channel);
    void updateKind();
    void updateTiming();
    void showSecretState(const QHash<QString, bool>& stored);
    void showProblem(const QString& field, const QString& message);
    QString fieldOfPath(const QString& path) const;
    QString timeZoneId() const;
    ChannelKind currentKind() const;
    bool isNew() const { return !m_existing.has_value(); }

    WorkspaceService& m_workspace;
    std::optional<NotifyChannel> m_existing;
    std::function<QString()> m_chooseFile;

    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_person = nullptr;
    QCheckBox* m_default = nullptr;
    QComboBox* m_minSeverity = nullptr;

    QFormLayout* m_deliveryForm = nullptr;
    QHash<QString, QLineEdit*> m_secrets; // secret name -> field
    QHash<QString, QLabel*> m_secretStates; // secret name -> "stored in the keychain" / "not set yet"
    QLineEdit* m_to = nullptr;
    QLineEdit* m_smtpHost = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QComboBox* m_smtpSecurity = nullptr;
    QLineEdit* m_smtpUser = nullptr;
    QLineEdit* m_smtpFrom = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_caBrowse = nullptr;
    QLineEdit* m_eventsUrl = nullptr;
    QList<std::pair<QWidget*, QList<ChannelKind>>> m_kindRows; // a delivery row's field and the kinds that show it

    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QCheckBox* m_criticalBreaks = nullptr;
    QComboBox* m_timeZone = nullptr;
    QCheckBox* m_digest = nullptr;
    QTimeEdit* m_digestAt = nullptr;

    QHash<QString, QLabel*> m_errors;
    QLabel* m_generalError = nullptr;
};

} // namespace plumbline
