#pragma once

#include "core/CurlCommand.h"

#include <QString>

class QSettings;

// The app-wide choices that are no profile's (profiles are ProfileStore's), kept in the app's QSettings:
// what closing the window does while the receiver runs, and whether the user was told once; the shell
// "Copy as cURL" quotes for.
class AppPreferences
{
public:
    enum class CloseAction
    {
        KeepReceiving, // hide the window, keep the app and the receiver running in the system tray
        Quit,
    };

    explicit AppPreferences(QSettings* settings);

    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);
    // The one-time notice "still receiving in the tray" (or "minimised instead") was shown.
    bool closeNoticeShown() const;
    void setCloseNoticeShown();
    // The shell of the last "Copy as cURL"; the platform's default until one is chosen.
    CurlCommand::Shell curlShell() const;
    void setCurlShell(CurlCommand::Shell shell);

private:
    QSettings* m_settings;
};
