#include "DemoWorkspace.h"

#include "WorkspaceService.h"

#include <ResourcePaths.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace plumbline {

QByteArray DemoWorkspace::definitions()
{
    QFile file(ResourcePaths::demoWorkspace());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString DemoWorkspace::populate(WorkspaceService& service)
{
    const QByteArray bytes = definitions();
    if (bytes.isEmpty())
        return tr("The demo workspace is missing from this build.");
    const WorkspaceService::ImportOutcome outcome = service.importBytes(bytes, tr("the demo workspace"));
    return outcome.ok() ? QString() : outcome.messages().join(u'\n');
}

} // namespace plumbline
