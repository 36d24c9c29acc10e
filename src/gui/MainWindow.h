#pragma once

#include "api/ApiConnection.h"
#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QMainWindow>

#include <memory>

class CustomersPage;
struct PageNotice;
class LiveEventsPage;
class QAction;
class QLabel;
class QNetworkAccessManager;
class VainuClient;
class WebhooksPage;

namespace Ui {
class MainWindow;
}

// The one main window: the pages, a status bar with the active profile and the connection state,
// and the menus. It owns the API client; whoever starts the app says which connection to use.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    MainWindow(const QString& profileName, const ApiConnection& connection, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Talks to this server with this key from now on and reloads every page.
    void setConnection(const QString& profileName, const ApiConnection& connection);
    // The server cannot be called (the profile has no usable API key, or the built-in sandbox did not start):
    // no page calls it. Webhooks and Customer data show `notice`, whose button emits unavailableActionRequested();
    // Live events keeps its local receiver. `stateText` is the status bar's connection state. The next
    // setConnection() ends this.
    void setUnavailable(const QString& profileName, const QUrl& baseUrl, const QString& stateText,
                        const PageNotice& notice);
    // setUnavailable() for a profile with no usable API key (none saved yet, or the keychain would not give it
    // out): the notice says `title` and `text`, its button "Enter the API key…".
    void setKeyMissing(const QString& profileName, const QUrl& baseUrl, const QString& title, const QString& text);
    bool isUnavailable() const { return m_unavailable; }
    // True while the server cannot be called and the page in front says so itself (a window-wide notice would
    // repeat it).
    bool currentPageShowsUnavailable() const;
    QString profileName() const { return m_profileName; }
    VainuClient* client() const { return m_client; }
    WebhooksPage* webhooksPage() const;
    LiveEventsPage* liveEventsPage() const;
    CustomersPage* customersPage() const { return m_customersPage; }
    QString connectionStateText() const;
    QAction* quitAction() const;

signals:
    // File > Settings. When nothing listens, the window shows the active connection instead.
    void settingsRequested();
    // The unavailable notice's button ("Enter the API key…", "Retry"): whoever manages the profiles acts on it.
    void unavailableActionRequested();
    void currentPageChanged();
    // File > Quit. When nothing listens, the window closes instead.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void restoreWindowState();
    void saveWindowState() const;
    void showConnected(const QList<Webhook>& webhooks);
    void showConnectionError(const ApiError& error);
    void showSettings();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network;
    VainuClient* m_client;
    QLabel* m_profileLabel;
    QLabel* m_connectionLabel;
    QString m_profileName;
    CustomersPage* m_customersPage = nullptr;
    bool m_unavailable = false;
};
