#pragma once

// A whole application session (AppWindow: the window, its AppSession, receiver, store and keychain) in a
// test's own folder: its settings file and data folder, never the user's.
#include "gui/AppWindow.h"

#include <QDir>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace AppWindowTestSupport {

// The settings file and data folder inside `folder`.
inline AppSession::Options options(const QString& folder)
{
    AppSession::Options result;
    result.settingsFile = QDir(folder).filePath(QStringLiteral("settings.ini"));
    result.dataFolder = QDir(folder).filePath(QStringLiteral("data"));
    return result;
}

// Starts a session on `options`; nullptr (with the reason in the test log) when it does not start.
inline std::unique_ptr<AppWindow> start(const AppSession::Options& options,
                                        AppWindow::StartMode mode = AppWindow::StartMode::Shown)
{
    auto session = std::make_unique<AppWindow>(options);
    QString error;
    if (!session->start(&error, mode)) {
        qWarning("session did not start: %s", qPrintable(error));
        return {};
    }
    return session;
}

} // namespace AppWindowTestSupport
