#include "gui/live/TrayNotifier.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {
std::optional<bool> availableForTesting;
} // namespace

TrayNotifier::TrayNotifier(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TrayNotifier::showPending);
}

TrayNotifier* TrayNotifier::forWindow(QWidget* window)
{
    if (window == nullptr)
        return nullptr;
    if (auto* existing = window->findChild<TrayNotifier*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new TrayNotifier(window, window);
}

bool TrayNotifier::isAvailable()
{
    return availableForTesting.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayNotifier::setAvailableForTesting(std::optional<bool> available)
{
    availableForTesting = available;
}

bool TrayNotifier::windowHidden() const
{
    const QWidget* window = m_window.data();
    return window == nullptr || !window->isVisible() || window->isMinimized();
}

void TrayNotifier::eventsArrived(int count, const QString& lastCompany)
{
    if (count <= 0 || !windowHidden() || !isAvailable())
        return;
    m_pending += count;
    m_lastCompany = lastCompany;
    if (m_timer.isActive())
        return;
    const qint64 wait = m_sinceLast.isValid() ? m_intervalMs - m_sinceLast.elapsed() : 0;
    m_timer.start(int(std::max<qint64>(0, wait)));
}

QSystemTrayIcon* TrayNotifier::ensureIcon()
{
    if (m_tray)
        return m_tray;
    QWidget* window = m_window.data();
    m_tray = new QSystemTrayIcon(window != nullptr ? window->windowIcon() : QIcon(), this);
    m_tray->setToolTip(tr("Vainu Webhooks"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindow);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // The context menu opens by itself; any other click or a double click brings the window back.
        if (reason != QSystemTrayIcon::Context)
            showWindow();
    });
    return m_tray;
}

QSystemTrayIcon* TrayNotifier::showIcon(QMenu* menu)
{
    if (!isAvailable())
        return nullptr;
    QSystemTrayIcon* tray = ensureIcon();
    m_iconWanted = true;
    tray->setContextMenu(menu);
    tray->show();
    return tray;
}

void TrayNotifier::hideIcon()
{
    m_iconWanted = false;
    m_timer.stop();
    if (m_tray)
        m_tray->hide();
}

bool TrayNotifier::showMessage(const QString& title, const QString& text)
{
    if (!isAvailable())
        return false;
    QSystemTrayIcon* tray = ensureIcon();
    tray->show();
    tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    ++m_shown;
    m_lastMessage = text;
    return true;
}

void TrayNotifier::showWindow()
{
    QWidget* window = m_window.data();
    if (window == nullptr)
        return;
    window->showNormal();
    window->raise();
    window->activateWindow();
    emit windowShown();
}

void TrayNotifier::showPending()
{
    if (m_pending == 0 || !windowHidden())
        return;
    QSystemTrayIcon* tray = ensureIcon();
    tray->show();
    const QString text = m_pending == 1
        ? tr("%1 changed.").arg(m_lastCompany)
        : tr("%n company changes arrived, the last one for %1.", nullptr, m_pending).arg(m_lastCompany);
    tray->showMessage(tr("New company changes"), text, QSystemTrayIcon::Information, 5000);
    ++m_shown;
    m_lastMessage = text;
    m_pending = 0;
    m_sinceLast.start();
}
