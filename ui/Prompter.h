#pragma once

#include <QString>

class QWidget;

namespace plumbline {

// Decisions and file choices the main window asks the user for. The default asks with QMessageBox and
// QFileDialog; tests substitute a subclass that answers without showing anything.
class Prompter
{
public:
    explicit Prompter(QWidget* parent = nullptr);
    virtual ~Prompter();
    Prompter(const Prompter&) = delete;
    Prompter& operator=(const Prompter&) = delete;

    // True when the user agrees.
    virtual bool confirm(const QString& title, const QString& text);
    // Empty when cancelled.
    virtual QString openFileName(const QString& title, const QString& filter);
    virtual QString saveFileName(const QString& title, const QString& suggestedName, const QString& filter);

protected:
    QWidget* m_parent = nullptr;
};

} // namespace plumbline
