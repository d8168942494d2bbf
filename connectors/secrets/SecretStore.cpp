#include "SecretStore.h"

#include <QTimer>

namespace plumbline {

QString SecretStore::messageFor(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return tr("No API key is stored for this connection.");
    case SecretError::NoService:
        return tr("No keychain service is available. On Linux, install and start a Secret Service provider such as "
                  "GNOME Keyring or KWallet, then try again. Nothing was stored anywhere else.");
    case SecretError::Locked:
        return tr("The keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was "
                  "stored anywhere else.");
    case SecretError::AccessDenied:
        return tr("Access to the keychain was denied. Allow Plumbline to use the keychain and try again.");
    case SecretError::NotSupported:
        return tr("This secret store cannot do that.");
    case SecretError::Other:
        break;
    }
    return tr("The keychain reported an error.");
}

void SecretStore::deliver(QObject* context, Done done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace plumbline
