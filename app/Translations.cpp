#include "Translations.h"

#include <ResourcePaths.h>

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace plumbline {

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    remove(app);
    const bool ours = m_app.load(locale, u"plumbline"_s, u"_"_s, ResourcePaths::translations());
    if (ours)
        app.installTranslator(&m_app);
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&m_qt);
    m_installed = true;
    return ours;
}

void Translations::remove(QCoreApplication& app)
{
    if (!m_installed)
        return;
    app.removeTranslator(&m_app);
    app.removeTranslator(&m_qt);
    m_installed = false;
}

} // namespace plumbline
