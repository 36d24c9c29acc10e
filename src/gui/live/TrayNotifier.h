#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

// A system-tray message for new events while the window is hidden or minimised: at most one per
// interval (default 30 s), summing up what arrived meanwhile. Does nothing where there is no tray.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget* window, QObject* parent = nullptr);

    void setMinimumInterval(int ms) { m_intervalMs = ms; }
    void eventsArrived(int count, const QString& lastCompany);
    int messagesShown() const { return m_shown; }

private:
    void showPending();
    bool windowHidden() const;

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    int m_intervalMs = 30000;
    int m_pending = 0;
    QString m_lastCompany;
    int m_shown = 0;
};
