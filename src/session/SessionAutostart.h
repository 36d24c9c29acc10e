#pragma once

#include <QCoreApplication>
#include <QString>

// "Start with my session": the entry that makes the desktop start the app, hidden in the tray with the
// receiver on (`--minimized`), when the user logs in. One entry per system:
//  - Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/vainu-webhooks.desktop (default ~/.config);
//  - macOS: ~/Library/LaunchAgents/<app id>.plist, a LaunchAgent with RunAtLoad;
//  - Windows: a value in HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
// The system and the folders are options, so that a test on one system can write and read all three.
class SessionAutostart
{
    Q_DECLARE_TR_FUNCTIONS(SessionAutostart)
public:
    enum class Platform
    {
        Xdg,
        MacOS,
        Windows
    };
    struct Options
    {
        Platform platform = currentPlatform();
        QString program; // the absolute path started; empty: this program
        QString configHome; // Xdg: empty means $XDG_CONFIG_HOME, or ~/.config when that is unset or relative
        QString home; // MacOS: empty means the user's home folder
        QString runKeyFile; // Windows: empty means the registry; otherwise an INI file in its place (tests)
    };

    SessionAutostart();
    explicit SessionAutostart(Options options);

    static Platform currentPlatform();
    static QString minimizedOption(); // "--minimized"

    // Where the entry is: a file path, or the registry key and value name on Windows.
    QString location() const;
    bool isEnabled() const;
    // Writes or removes the entry. The error, as a sentence a person can act on; empty when it worked.
    QString setEnabled(bool enabled) const;

    // One argument of a desktop entry's Exec key: quoted and escaped as the Desktop Entry Specification
    // says (the quoting rule, then the string escapes, and % doubled).
    static QString desktopExecArgument(const QString& argument);
    // The Windows Run value: the program quoted, then --minimized.
    static QString windowsCommand(const QString& program);

private:
    QString program() const;
    QString xdgFile() const;
    QString launchAgentFile() const;
    QString writeFile(const QString& path, const QByteArray& contents) const;
    QString removeFile(const QString& path) const;
    QByteArray desktopEntry() const;
    QByteArray launchAgent() const;

    Options m_options;
};
