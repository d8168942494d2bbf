#pragma once

#include "Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace plumbline {

// One thing wrong with a workspace file, located by its JSON path (e.g. `$.connections[2].vendor`).
struct WorkspaceProblem
{
    QString path;
    QString message; // translated

    QString toString() const { return path + u": " + message; }
};

struct WorkspaceParseResult
{
    std::optional<Workspace> workspace; // set only when there are no problems
    QList<WorkspaceProblem> problems;
};

// The workspace JSON format, version 1 (ARCHITECTURE.md, "Contracts"): strict reading that lists every problem, and
// writing.
class WorkspaceJson final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)

public:
    static constexpr qint64 kDefaultSizeLimit = 8 * 1024 * 1024;

    // `knownConnectionIds`: connections already in the store that integrations in the file may refer to.
    // `fullSize`: the file's size when `bytes` holds only its first sizeLimit + 1 bytes.
    // `knownChannelIds`: notification channels already in the store that `notify` lists may name.
    static WorkspaceParseResult parse(const QByteArray& bytes, const QSet<QString>& knownConnectionIds = {},
        qint64 sizeLimit = kDefaultSizeLimit, qint64 fullSize = -1, const QSet<QString>& knownChannelIds = {});
    static QByteArray serialize(const Workspace& workspace);

    static bool isValidId(const QString& id);
};

} // namespace plumbline
