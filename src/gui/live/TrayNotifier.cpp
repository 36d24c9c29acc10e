#include "gui/live/TrayNotifier.h"

#include <QSystemTrayIcon>
#include <QWidget>

TrayNotifier::TrayNotifier(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrayNotifier::showPending);
}

bool TrayNotifier::windowHidden() const
{
    const QWidget* window = m_window.data();
    return window == nullptr || !window->isVisible() || window->isMinimized();
}

void TrayNotifier::eventsArrived(int count, const QString& lastCompany)
{
    if (count <= 0 || !windowHidden() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_pending += count;
    m_lastCompany = lastCompany;
    if (m_timer.isActive())
        return;
    const qint64 wait = m_sinceLast.isValid() ? m_intervalMs - m_sinceLast.elapsed() : 0;
    m_timer.start(int(std::max<qint64>(0, wait)));
}

void TrayNotifier::showPending()
{
    if (m_pending == 0 || !windowHidden())
        return;
    if (!m_tray) {
        QWidget* window = m_window.data();
        m_tray = new QSystemTrayIcon(window != nullptr ? window->windowIcon() : QIcon(), this);
        m_tray->setToolTip(tr("Vainu Webhooks"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget* shown = m_window.data()) {
                shown->showNormal();
                shown->raise();
                shown->activateWindow();
            }
        });
    }
    m_tray->show();
    const QString text = m_pending == 1
        ? tr("%1 changed.").arg(m_lastCompany)
        : tr("%n company changes arrived, the last one for %1.", nullptr, m_pending).arg(m_lastCompany);
    m_tray->showMessage(tr("New company changes"), text, QSystemTrayIcon::Information, 5000);
    ++m_shown;
    m_pending = 0;
    m_sinceLast.start();
}
