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

QString ResourcePaths::appIconPng(int size)
{
    return u":/plumbline/icons/plumbline-%1.png"_s.arg(size);
}

QList<int> ResourcePaths::appIconSizes()
{
    return { 16, 32, 48, 64, 128, 256 };
}

QString ResourcePaths::translations()
{
    return u":/i18n"_s;
}

} // namespace plumbline
