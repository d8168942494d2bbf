#include "Prompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace plumbline {

Prompter::Prompter(QWidget* parent)
    : m_parent(parent)
{
}

Prompter::~Prompter() = default;

bool Prompter::confirm(const QString& title, const QString& text)
{
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

QString Prompter::openFileName(const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(m_parent, title, {}, filter);
}

QString Prompter::saveFileName(const QString& title, const QString& suggestedName, const QString& filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggestedName, filter);
}

} // namespace plumbline
