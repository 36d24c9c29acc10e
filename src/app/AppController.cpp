#include "AppController.h"

#include "api/ApiConnection.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxThread.h"

AppController::AppController(QObject* parent)
    : QObject(parent)
{ }

AppController::~AppController()
{
    m_window.reset();
    m_sandbox.reset();
}

bool AppController::start(QString* error)
{
    m_sandbox = std::make_unique<SandboxThread>(SandboxOptions {});
    QString reason;
    if (!m_sandbox->start(&reason)) {
        if (error)
            *error = tr("The built-in sandbox could not start: %1").arg(reason);
        return false;
    }
    const ApiConnection connection {m_sandbox->apiBaseUrl(), m_sandbox->demoApiKey()};
    m_window = std::make_unique<MainWindow>(tr("Sandbox"), connection);
    m_window->show();
    return true;
}
