#include "GuiMain.h"

#include "MainWindow.h"

#include <AppPaths.h>
#include <ConnectionTester.h>
#include <CountProbe.h>
#include <Database.h>
#include <DemoWorkspace.h>
#include <KeychainSecretStore.h>
#include <MemorySecretStore.h>
#include <ResourcePaths.h>
#include <Transport.h>
#include <Translations.h>
#include <WorkspaceRepository.h>
#include <WorkspaceService.h>
#include <sandbox/SandboxServer.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
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

    // One network access manager for the whole process, shared through the transport.
    QNetworkAccessManager network;
    Transport transport(network);
    CountProbe probe(repository, *secrets, transport);
    ConnectionTester tester(*secrets, transport);

    // The demo runs the fake vendor stack in-process on a free loopback port and imports its workspace.
    SandboxServer sandbox;
    MainWindow::Options windowOptions;
    windowOptions.demo = demo;
    windowOptions.dataDir = dataDir;
    if (demo) {
        if (!sandbox.listen(0)) {
            QMessageBox::critical(nullptr, QApplication::translate("GuiMain", "Plumbline"),
                QApplication::translate("GuiMain", "The demo sandbox could not listen on 127.0.0.1."));
            return 1;
        }
        windowOptions.sandboxScenarios = SandboxServer::scenarioNames();
    }

    MainWindow window(service, windowOptions);
    window.setCountProbe(&probe);
    window.setConnectionTester(&tester);
    QObject::connect(&window, &MainWindow::demoRequested, &window,
        [] { QProcess::startDetached(QApplication::applicationFilePath(), { QStringLiteral("--demo") }); });
    QObject::connect(&window, &MainWindow::sandboxScenarioRequested, &sandbox,
        [&sandbox](const QString& scenario) { sandbox.setScenario(scenario); });
    window.show();

    if (demo) {
        DemoWorkspace::populateFromSandbox(service, sandbox, &window, [&window, &probe](const QString& error) {
            if (!error.isEmpty())
                window.showError(error);
            probe.probeAll();
        });
    }
    return app.exec();
}

} // namespace plumbline
