#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace plumbline {

// A strip across the top of the window for things the user should know or can fix: a tinted background derived
// from the palette (so it reads in light and dark themes), a message and, optionally, a close button.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Info,
        Warning, // something to know before relying on it (a token that cannot be renewed)
        Error,
    };

    MessageBanner(Kind kind, bool closable, QWidget* parent = nullptr);

    void showMessage(const QString& text);
    QString text() const;
    QToolButton* closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTint();
    QString kindName() const;

    Kind m_kind;
    QLabel* m_label = nullptr;
    QToolButton* m_close = nullptr;
    bool m_applying = false;
};

} // namespace plumbline
