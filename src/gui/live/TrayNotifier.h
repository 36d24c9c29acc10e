#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QMenu;
class QSystemTrayIcon;
class QWidget;

// The app's one system-tray icon, shared by everything that uses the tray (forWindow()): the icon with its
// menu while the app keeps receiving in the tray (set up by AppWindow), the one-time notices, and messages
// for new events while the window is hidden or minimised: at most one per interval (default 30 s), summing
// up what arrived meanwhile. Does nothing where there is no tray. Activating the icon or clicking a message
// shows the window.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget* window, QObject* parent = nullptr);

    // The window's notifier, made (as the window's child) when first asked for.
    static TrayNotifier* forWindow(QWidget* window);

    // Whether the desktop shows a system tray (QSystemTrayIcon::isSystemTrayAvailable()). Tests set the answer,
    // since the platform they run on (offscreen) has none.
    static bool isAvailable();
    static void setAvailableForTesting(std::optional<bool> available);

    void setMinimumInterval(int ms) { m_intervalMs = ms; }
    void eventsArrived(int count, const QString& lastCompany);
    int messagesShown() const { return m_shown; } // event summaries and notices
    QString lastMessage() const { return m_lastMessage; }

    // The icon with this menu, shown until hideIcon(). Null where there is no tray.
    QSystemTrayIcon* showIcon(QMenu* menu);
    void hideIcon();
    QSystemTrayIcon* icon() const { return m_tray; }
    // A message from the icon (shown for it if hidden). False where there is no tray.
    bool showMessage(const QString& title, const QString& text);

    // Brings the window back: shown, not minimised, in front.
    void showWindow();

signals:
    void windowShown(); // after showWindow()

private:
    void showPending();
    bool windowHidden() const;
    QSystemTrayIcon* ensureIcon();

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_iconWanted = false; // showIcon() was called: the icon stays after a message
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    int m_intervalMs = 30000;
    int m_pending = 0;
    QString m_lastCompany;
    int m_shown = 0;
    QString m_lastMessage;
};
