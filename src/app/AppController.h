#pragma once

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;
class SandboxThread;

// Decides which server the main window talks to and keeps whatever serves it alive. Until profiles
// exist that is always the built-in sandbox, started on an ephemeral loopback port with its demo
// key; the profile code replaces start() and nothing else.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override; // closes the window before the sandbox it talks to stops

    // Starts the sandbox and shows the window. False, with a sentence in `error`, when it cannot.
    bool start(QString* error);
    MainWindow* window() const { return m_window.get(); }

private:
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};
