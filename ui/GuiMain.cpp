#include "GuiMain.h"

#include "MainWindow.h"

#include <AppPaths.h>
#include <Database.h>
#include <DemoWorkspace.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>
#include <ResourcePaths.h>
#include <Translations.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>

namespace plumbline {

int runGui(int argc, char** argv, const CommandLineOptions& options)
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Plumbline"));
    QApplication::setWindowIcon(QIcon(ResourcePaths::appIcon()));
    Translations translations;
    translations.install(app);

    const bool demo = options.command == CommandLineOptions::Command::Demo;
    // The demo is throwaway: its store lives in a temporary folder and its keys in memory, never the keychain.
    QTemporaryDir demoDir;
    const QString dataDir = demo ? demoDir.path() : AppPaths::dataDir(options.dataDir);
    Database database;
    if (const Database::OpenResult opened = database.open(AppPaths::databaseFile(dataDir)); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Plumbline cannot open its workspace"),
            opened.message);
        return 1;
    }
    WorkspaceRepository repository(database, AppPaths::osUser());
    std::unique_ptr<SecretStore> secrets;
    if (demo)
        secrets = std::make_unique<MemorySecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>();
    WorkspaceService service(repository, *secrets);
    if (demo) {
        if (const QString error = DemoWorkspace::populate(service); !error.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Plumbline"), error);
            return 1;
        }
    }

    MainWindow::Options windowOptions;
    windowOptions.demo = demo;
    windowOptions.dataDir = dataDir;
    MainWindow window(service, windowOptions);
    QObject::connect(&window, &MainWindow::demoRequested, &window,
        [] { QProcess::startDetached(QApplication::applicationFilePath(), { QStringLiteral("--demo") }); });
    window.show();
    return app.exec();
}

} // namespace plumbline
