#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class ForwardService;
class QTreeWidget;

namespace Ui {
class ForwardingPanel;
}

// The Forwarding tab of the Live events page: the profile's forward targets with their counters (pending,
// retrying, delivered, failed), and Add, Edit, Remove, Pause/Resume and "Retry failed". Everything goes through
// ForwardService; the list follows its targetsChanged() and countsChanged(). The layout is ui/ForwardingPanel.ui.
class ForwardingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardingPanel(QWidget* parent = nullptr);
    ~ForwardingPanel() override;

    void setService(ForwardService* service);
    QTreeWidget* targetsView() const;
    qint64 currentTargetId() const; // 0: none selected

public slots:
    void addTarget();
    void editTarget();
    void removeTarget();
    void togglePaused();
    void retryFailed();

signals:
    void statusMessage(const QString& message);

private:
    void rebuild();
    void updateCounts();
    void updateButtons();
    void report(const QString& error, const QString& done);

    std::unique_ptr<Ui::ForwardingPanel> m_ui;
    QPointer<ForwardService> m_service;
};
