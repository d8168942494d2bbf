#include "DemoWorkspace.h"

#include "WorkspaceService.h"

#include <ResourcePaths.h>
#include <sandbox/SandboxServer.h>

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

void DemoWorkspace::populateFromSandbox(
    WorkspaceService& service, const SandboxServer& sandbox, QObject* context, std::function<void(const QString&)> done)
{
    const WorkspaceService::ImportOutcome outcome
        = service.importBytes(sandbox.workspaceJson(), tr("the demo sandbox"));
    if (!outcome.ok()) {
        done(outcome.messages().join(u'\n'));
        return;
    }
    QHash<QString, QString> secrets = sandbox.secrets();
    // The demo's team channel (ARCHITECTURE.md §14): Slack-shaped messages to the sandbox's stand-in webhook, so the
    // Notifications page and its delivery log show real deliveries. Its URL goes into the (in-memory) secret store.
    NotifyChannel channel;
    channel.id = u"demo-slack"_s;
    channel.kind = ChannelKind::Slack;
    channel.name = tr("#mops-alerts (demo)");
    channel.isDefault = true;
    auto remaining = std::make_shared<int>(int(secrets.size()) + 1);
    auto errors = std::make_shared<QStringList>();
    const auto finished = [remaining, errors, done](const StoreResult& r) {
        if (!r)
            *errors << r.error;
        if (--*remaining == 0)
            done(errors->join(u'\n'));
    };
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        service.setSecret(it.key(), it.value(), context, finished);
    service.saveChannel(channel, { { NotifyChannel::kUrl, sandbox.notifyUrl(channel.id) } }, context, finished);
}

} // namespace plumbline
