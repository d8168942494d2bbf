#include "ResourcePaths.h"

using namespace Qt::StringLiterals;

namespace plumbline {

QString ResourcePaths::demoWorkspace()
{
    return u":/plumbline/demo/workspace.json"_s;
}

QString ResourcePaths::appIcon()
{
    return u":/plumbline/icons/plumbline.svg"_s;
}

QString ResourcePaths::translations()
{
    return u":/i18n"_s;
}

} // namespace plumbline
