#pragma once

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;
class ProfileSession;

// The window app's wiring: a ProfileSession (profiles, the keychain, the built-in sandbox for the
// Sandbox profile, the main window pointed at the active profile). A first run opens on the sandbox.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override; // closes the window before the sandbox it talks to stops

    // Loads the profiles and shows the window. False, with a sentence in `error`, when it cannot.
    bool start(QString* error);
    MainWindow* window() const;

private:
    std::unique_ptr<ProfileSession> m_session;
};
