#pragma once

#include <QLocale>
#include <QTranslator>

class QCoreApplication;

namespace plumbline {

// Loads Plumbline's and Qt's translations for a locale (the system's by default) from the embedded .qm files.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    Translations() = default;
    bool install(QCoreApplication& app, const QLocale& locale = QLocale());
    void remove(QCoreApplication& app);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace plumbline
