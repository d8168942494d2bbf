#pragma once

#include <SecretStore.h>

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace plumbline {

// One secret-store operation of a sequence (a channel's secrets: ARCHITECTURE.md §14).
struct SecretStep
{
    enum class Op
    {
        Read,
        Write, // an empty value removes the entry instead
        Remove,
    };
    Op op = Op::Read;
    QString scope; // a connection id or SecretStore::channelScope(id)
    QString name;
    QString value; // Write only
};

// Runs `steps` one after another (the keychain answers one request at a time), as `owner` (whose lifetime bounds
// the store's callbacks), then calls `done` with one result per step, in order, on the event loop and only while
// `context` lives. A caller's window closing does not stop the writes half-way; only `done` is dropped.
inline void runSecretSteps(SecretStore& store, QObject* owner, QList<SecretStep> steps, QObject* context,
    std::function<void(const QList<SecretResult>&)> done)
{
    struct Run
    {
        SecretStore& store;
        QObject* owner;
        QList<SecretStep> steps;
        QList<SecretResult> results;
        QPointer<QObject> context;
        std::function<void(const QList<SecretResult>&)> done;

        static void advance(const std::shared_ptr<Run>& run)
        {
            if (run->results.size() == run->steps.size()) {
                if (run->context && run->done)
                    run->done(run->results);
                return;
            }
            const SecretStep& s = run->steps.at(run->results.size());
            const auto next = [run](const SecretResult& r) {
                run->results << r;
                advance(run);
            };
            if (s.op == SecretStep::Op::Read)
                run->store.read(s.scope, s.name, run->owner, next);
            else if (s.op == SecretStep::Op::Write && !s.value.isEmpty())
                run->store.write(s.scope, s.name, s.value, run->owner, next);
            else
                run->store.remove(s.scope, s.name, run->owner, next);
        }
    };
    auto run = std::make_shared<Run>(Run { store, owner, std::move(steps), {}, context, std::move(done) });
    if (run->steps.isEmpty()) { // still on the event loop, as every store answer is
        QMetaObject::invokeMethod(
            owner, [run] { Run::advance(run); }, Qt::QueuedConnection);
        return;
    }
    Run::advance(run);
}

} // namespace plumbline
